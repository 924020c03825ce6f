/* display_sdl.c - the display in an SDL2 window: scaled up to a comfortable size (and
 * resizable), titled with the program's name. Key events feed the keypress state; F12
 * saves a PNG screenshot (qvm-screenshot-N.png in the working directory); closing the
 * window stops the machine. Built only when CMake found SDL2 (QVM_HAVE_SDL). */
#include <stdio.h>

#include "display.h"

#ifndef QVM_HAVE_SDL

bool display_sdl_available(void) { return false; }

struct display_out *display_sdl_new(const char *title, uint32_t w, uint32_t h, char *err,
                                    size_t errlen)
{
    (void)title, (void)w, (void)h;
    snprintf(err, errlen, "this qvm was built without SDL2: -D needs --display-file PATH");
    return NULL;
}

#else

#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util.h"

struct sdl_out {
    struct display_out base;
    SDL_Window *window;
    SDL_Renderer *renderer;
    SDL_Texture *texture;
    uint32_t tex_w, tex_h;
    uint32_t *last;          /* the last frame shown, for screenshots */
    uint32_t last_w, last_h;
    unsigned shots;
    Uint32 last_poll;
    int idle_pipe[2];
};

bool display_sdl_available(void) { return true; }

static bool make_texture(struct sdl_out *s, uint32_t w, uint32_t h)
{
    if (s->texture && s->tex_w == w && s->tex_h == h)
        return true;
    if (s->texture)
        SDL_DestroyTexture(s->texture);
    s->texture = SDL_CreateTexture(s->renderer, SDL_PIXELFORMAT_ARGB8888,
                                   SDL_TEXTUREACCESS_STREAMING, (int)w, (int)h);
    s->tex_w = w;
    s->tex_h = h;
    SDL_RenderSetLogicalSize(s->renderer, (int)w, (int)h);
    return s->texture != NULL;
}

static bool sdl_show(struct display_out *out, const uint32_t *pixels, uint32_t w, uint32_t h,
                     char *err, size_t errlen)
{
    struct sdl_out *s = (struct sdl_out *)out;
    if (!make_texture(s, w, h)) {
        snprintf(err, errlen, "display: SDL cannot make a %ux%u texture: %s", (unsigned)w,
                 (unsigned)h, SDL_GetError());
        return false;
    }
    SDL_UpdateTexture(s->texture, NULL, pixels, (int)(w * 4));
    SDL_SetRenderDrawColor(s->renderer, 0, 0, 0, 255);
    SDL_RenderClear(s->renderer);
    SDL_RenderCopy(s->renderer, s->texture, NULL, NULL);
    SDL_RenderPresent(s->renderer);
    if (s->last_w != w || s->last_h != h) {
        free(s->last);
        s->last = xmalloc((size_t)w * h * sizeof *s->last);
        s->last_w = w;
        s->last_h = h;
    }
    memcpy(s->last, pixels, (size_t)w * h * sizeof *s->last);
    return true;
}

static void screenshot(struct sdl_out *s)
{
    if (!s->last) {
        fprintf(stderr, "qvm: screenshot: no frame shown yet\n");
        return;
    }
    char name[64];
    do
        snprintf(name, sizeof name, "qvm-screenshot-%u.png", ++s->shots);
    while (access(name, F_OK) == 0);
    unsigned char *data;
    size_t len;
    image_png(s->last, s->last_w, s->last_h, &data, &len);
    if (write_file(name, data, len))
        fprintf(stderr, "qvm: screenshot saved as %s\n", name);
    else
        perror("qvm: screenshot");
    free(data);
}

/* The key for an SDL keycode, or false if the keypress device has none. */
static bool sdl_key(SDL_Keycode sym, struct key *k)
{
    static const struct { SDL_Keycode sym; const char *name; } named[] = {
        {SDLK_LEFT, "left"},       {SDLK_RIGHT, "right"},   {SDLK_UP, "up"},
        {SDLK_DOWN, "down"},       {SDLK_SPACE, "space"},   {SDLK_ESCAPE, "escape"},
        {SDLK_RETURN, "enter"},    {SDLK_KP_ENTER, "enter"}, {SDLK_TAB, "tab"},
        {SDLK_BACKSPACE, "backspace"}, {SDLK_DELETE, "delete"},
        {SDLK_LSHIFT, "shift"},    {SDLK_RSHIFT, "shift"},  {SDLK_LCTRL, "ctrl"},
        {SDLK_RCTRL, "ctrl"},      {SDLK_LALT, "alt"},      {SDLK_RALT, "alt"},
        {SDLK_LGUI, "meta"},       {SDLK_RGUI, "meta"},
    };
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
        if (named[i].sym == sym)
            return key_by_name(named[i].name, k);
    if (sym > 0 && sym < 128) {
        *k = key_from_ascii((int)sym);
        return true;
    }
    return false;
}

static bool sdl_poll(struct display_out *out, uint64_t now, struct key_state *ks)
{
    (void)now;
    struct sdl_out *s = (struct sdl_out *)out;
    Uint32 t = SDL_GetTicks();
    if (t - s->last_poll < 5)
        return true;
    s->last_poll = t;
    SDL_Event e;
    while (SDL_PollEvent(&e)) {
        if (e.type == SDL_QUIT)
            return false;
        if (e.type == SDL_WINDOWEVENT && e.window.event == SDL_WINDOWEVENT_EXPOSED && s->texture) {
            SDL_RenderClear(s->renderer);
            SDL_RenderCopy(s->renderer, s->texture, NULL, NULL);
            SDL_RenderPresent(s->renderer);
        }
        if (e.type != SDL_KEYDOWN && e.type != SDL_KEYUP)
            continue;
        if (e.type == SDL_KEYDOWN && e.key.keysym.sym == SDLK_F12 && !e.key.repeat) {
            screenshot(s);
            continue;
        }
        struct key k;
        if (ks && sdl_key(e.key.keysym.sym, &k))
            key_set(ks, &k, e.type == SDL_KEYDOWN);
    }
    return true;
}

static void sdl_destroy(struct display_out *out)
{
    struct sdl_out *s = (struct sdl_out *)out;
    if (s->texture)
        SDL_DestroyTexture(s->texture);
    if (s->renderer)
        SDL_DestroyRenderer(s->renderer);
    if (s->window)
        SDL_DestroyWindow(s->window);
    SDL_Quit();
    if (s->base.idle_fd >= 0) {
        close(s->idle_pipe[0]);
        close(s->idle_pipe[1]);
    }
    free(s->last);
    free(s);
}

/* An integer scale that makes the window about 1000 x 750 at most, 1..4. */
static int comfortable_scale(uint32_t w, uint32_t h)
{
    uint32_t sx = 1000 / w, sy = 750 / h, k = sx < sy ? sx : sy;
    return k < 1 ? 1 : k > 4 ? 4 : (int)k;
}

struct display_out *display_sdl_new(const char *title, uint32_t w, uint32_t h, char *err,
                                    size_t errlen)
{
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        snprintf(err, errlen, "-D: cannot open a window (%s); without a window system use "
                 "--display-file PATH", SDL_GetError());
        return NULL;
    }
    SDL_SetHint(SDL_HINT_RENDER_SCALE_QUALITY, "nearest");
    struct sdl_out *s = xcalloc(1, sizeof *s);
    s->base.idle_fd = pipe(s->idle_pipe) == 0 ? s->idle_pipe[0] : -1;
    int k = comfortable_scale(w, h);
    s->window = SDL_CreateWindow(title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                 (int)w * k, (int)h * k, SDL_WINDOW_RESIZABLE);
    if (s->window)
        s->renderer = SDL_CreateRenderer(s->window, -1, 0);
    if (!s->renderer || !make_texture(s, w, h)) {
        snprintf(err, errlen, "-D: cannot open a window: %s", SDL_GetError());
        sdl_destroy(&s->base);
        return NULL;
    }
    SDL_SetRenderDrawColor(s->renderer, 0, 0, 0, 255);
    SDL_RenderClear(s->renderer);
    SDL_RenderPresent(s->renderer);
    s->base.show = sdl_show;
    s->base.poll = sdl_poll;
    s->base.destroy = sdl_destroy;
    return &s->base;
}

#endif
