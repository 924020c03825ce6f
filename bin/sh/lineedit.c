/* lineedit.c - reading command lines. At a terminal that echoes (an interactive user),
 * the line is edited in raw mode: left/right arrows, ^A/^E (start/end), ^K (cut to the
 * end), Backspace, ^U (whole line), up/down through the history (kept in
 * $HOME/.sh_history across sessions), Tab completes a command name (from the PATH
 * directories) or a path, ^C drops the line, ^D on an empty line ends input. Otherwise
 * (scripts, pipes, piped console input) lines are read a byte at a time, so that the
 * programs the shell starts see the rest of the input. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include "sh.h"

#define LINE_MAX_LEN 1000
#define HISTORY_MAX 200

static char *history[HISTORY_MAX];
static int raw_worked;                  /* a key has been read in raw mode */
static char raw_unavailable;
#define RAW_UNAVAILABLE (&raw_unavailable)
static int history_count, history_loaded;

char *read_plain_line(int fd)
{
    char *line = NULL, c;
    size_t len = 0, size = 0;
    long n;
    while ((n = read(fd, &c, 1)) == 1 && c != '\n') {
        if (len + 2 > size) {
            size = size ? size * 2 : 64;
            line = realloc(line, size);
        }
        line[len++] = c;
    }
    if (n != 1 && len == 0)
        return NULL;
    if (line == NULL)
        line = malloc(1);
    line[len] = '\0';
    return line;
}

static void history_path(char *path, size_t size)
{
    const char *home = var_get("HOME");
    snprintf(path, size, "%s/.sh_history", home && strcmp(home, "/") ? home : "");
}

static void history_remember(const char *line)
{
    if (history_count == HISTORY_MAX) {
        free(history[0]);
        memmove(history, history + 1, (HISTORY_MAX - 1) * sizeof *history);
        history_count--;
    }
    history[history_count++] = strdup(line);
}

static void history_load(void)
{
    char path[128], *line;
    int fd;
    history_loaded = 1;
    history_path(path, sizeof path);
    fd = open(path, O_RDONLY);
    if (fd < 0)
        return;
    while ((line = read_plain_line(fd)) != NULL) {
        if (line[0])
            history_remember(line);
        free(line);
    }
    close(fd);
}

static void history_add(const char *line)
{
    char path[128];
    int fd;
    if (line[0] == '\0')
        return;
    history_remember(line);
    history_path(path, sizeof path);
    fd = open(path, O_WRONLY | O_CREAT | O_APPEND);
    if (fd < 0)
        return;
    write(fd, line, strlen(line));
    write(fd, "\n", 1);
    close(fd);
}

struct editor {
    const char *prompt;
    char buf[LINE_MAX_LEN + 1];
    int len, pos;
};

static void out(const char *s)
{
    write(STDOUT_FILENO, s, strlen(s));
}

/* Redraws the line and puts the cursor at pos. */
static void refresh(struct editor *ed)
{
    char move[16];
    ed->buf[ed->len] = '\0';
    out("\r");
    out(ed->prompt);
    out(ed->buf);
    out("\x1b[K");
    if (ed->len > ed->pos) {
        snprintf(move, sizeof move, "\x1b[%dD", ed->len - ed->pos);
        out(move);
    }
}

static void insert_text(struct editor *ed, const char *text, int n)
{
    if (ed->len + n > LINE_MAX_LEN)
        n = LINE_MAX_LEN - ed->len;
    memmove(ed->buf + ed->pos + n, ed->buf + ed->pos, ed->len - ed->pos);
    memcpy(ed->buf + ed->pos, text, n);
    ed->len += n;
    ed->pos += n;
}

static void set_line(struct editor *ed, const char *text)
{
    ed->len = ed->pos = 0;
    insert_text(ed, text, (int)strlen(text));
}

/* Tab: completes the word before the cursor (a command in the first word, else a
 * path) as far as all candidates agree; shows them when they do not. */
static void complete(struct editor *ed)
{
    int start = ed->pos, first_word = 1, common = -1;
    struct strlist found = {NULL, 0, 0};
    char pattern[LINE_MAX_LEN + 8], *word;
    while (start > 0 && ed->buf[start - 1] != ' ')
        start--;
    for (int k = 0; k < start; k++)
        if (ed->buf[k] != ' ')
            first_word = 0;
    word = strndup(ed->buf + start, ed->pos - start);
    if (first_word && strchr(word, '/') == NULL) {
        snprintf(pattern, sizeof pattern, "/bin/%s*", word);
        glob_pattern(pattern, &found);
        for (int i = 0; i < found.count; i++) {      /* /bin/cat.qbin -> cat */
            char *name = found.items[i] + 5, *dot = strstr(name, ".qbin");
            if (dot && dot[5] == '\0')
                *dot = '\0';
            memmove(found.items[i], name, strlen(name) + 1);
        }
    } else {
        snprintf(pattern, sizeof pattern, "%s*", word);
        glob_pattern(pattern, &found);
    }
    for (int i = 0; i < found.count; i++) {
        int n = 0;
        while (found.items[0][n] && found.items[0][n] == found.items[i][n])
            n++;
        common = common < 0 || n < common ? n : common;
    }
    if (found.count == 1) {
        insert_text(ed, found.items[0] + strlen(word), common - (int)strlen(word));
        insert_text(ed, " ", 1);
    } else if (found.count > 1 && common > (int)strlen(word)) {
        insert_text(ed, found.items[0] + strlen(word), common - (int)strlen(word));
    } else if (found.count > 1) {
        out("\r\n");
        for (int i = 0; i < found.count; i++) {
            out(found.items[i]);
            out(i + 1 < found.count ? "  " : "\r\n");
        }
    }
    free(word);
    strlist_free(&found);
}

static int read_key(void)
{
    char c;
    return read(STDIN_FILENO, &c, 1) == 1 ? c & 0xFF : -1;
}

/* The escape sequences of the arrow keys: ESC [ A/B/C/D (or ESC O x). */
static int read_escape(void)
{
    int a = read_key(), b;
    if (a != '[' && a != 'O')
        return 0;
    b = read_key();
    return b;
}

/* Edits one line in raw mode; returns it, or NULL at ^D on an empty line. */
static char *edit_line(const char *prompt)
{
    struct editor ed;
    int browse = history_count, key;
    ed.prompt = prompt;
    ed.len = ed.pos = 0;
    refresh(&ed);
    while ((key = read_key()) >= 0) {
        raw_worked = 1;
        if (key == '\r' || key == '\n') {
            out("\r\n");
            ed.buf[ed.len] = '\0';
            return strdup(ed.buf);
        } else if (key == 4) {                       /* ^D */
            if (ed.len == 0)
                return NULL;
        } else if (key == 3) {                       /* ^C */
            out("^C\r\n");
            ed.len = ed.pos = 0;
            browse = history_count;
        } else if (key == 1) {
            ed.pos = 0;
        } else if (key == 5) {
            ed.pos = ed.len;
        } else if (key == 11) {
            ed.len = ed.pos;
        } else if (key == 21) {
            ed.len = ed.pos = 0;
        } else if ((key == 127 || key == 8) && ed.pos > 0) {
            memmove(ed.buf + ed.pos - 1, ed.buf + ed.pos, ed.len - ed.pos);
            ed.pos--, ed.len--;
        } else if (key == '\t') {
            complete(&ed);
        } else if (key == 27) {
            int arrow = read_escape();
            if (arrow == 'C' && ed.pos < ed.len)
                ed.pos++;
            else if (arrow == 'D' && ed.pos > 0)
                ed.pos--;
            else if (arrow == 'A' && browse > 0)
                set_line(&ed, history[--browse]);
            else if (arrow == 'B' && browse < history_count)
                set_line(&ed, ++browse < history_count ? history[browse] : "");
        } else if (key >= 32 && key < 127) {
            char c = (char)key;
            insert_text(&ed, &c, 1);
        }
        refresh(&ed);
    }
    if (ed.len == 0 && key < 0 && !raw_worked)
        return RAW_UNAVAILABLE;
    return ed.len > 0 ? strndup(ed.buf, ed.len) : NULL;
}

char *read_line_interactive(const char *prompt)
{
    struct termios saved, raw;
    char *line;
    fflush(stdout);
    if (tcgetattr(STDIN_FILENO, &saved) < 0 || !(saved.c_lflag & ECHO)) {
        /* no echoing terminal (piped console input): the kernel's line, as typed */
        out(prompt);
        line = read_plain_line(STDIN_FILENO);
    } else {
        if (!history_loaded)
            history_load();
        raw = saved;
        cfmakeraw(&raw);
        raw.c_cc[VMIN] = 1;            /* a read waits for a key; 0 bytes is the end */
        raw.c_cc[VTIME] = 0;
        tcsetattr(STDIN_FILENO, TCSANOW, &raw);
        line = edit_line(prompt);
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        if (line == RAW_UNAVAILABLE) {  /* raw reads give nothing: read the kernel's lines */
            out("\r");
            out(prompt);
            line = read_plain_line(STDIN_FILENO);
        } else if (line != NULL) {
            history_add(line);
        }
    }
    return line;
}
