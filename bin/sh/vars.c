/* vars.c - shell variables: name, value and whether it is exported to the programs
 * the shell starts; $?, $$ and the positional parameters live here too. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sh.h"

struct var {
    char *name, *value;
    int exported;
};

static struct var *vars;
static int nvars, capacity;
int last_status, shell_pid, last_background, npositional;
char **positional;

int var_valid_name(const char *name, size_t len)
{
    if (len == 0 || (name[0] >= '0' && name[0] <= '9'))
        return 0;
    for (size_t i = 0; i < len; i++) {
        char c = name[i];
        if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (c >= '0' && c <= '9')))
            return 0;
    }
    return 1;
}

static struct var *lookup(const char *name)
{
    for (int i = 0; i < nvars; i++)
        if (strcmp(vars[i].name, name) == 0)
            return &vars[i];
    return NULL;
}

const char *var_get(const char *name)
{
    struct var *v = lookup(name);
    return v ? v->value : NULL;
}

/* value NULL with export set: only marks the variable exported. */
int var_set(const char *name, const char *value, int export)
{
    struct var *v = lookup(name);
    if (v == NULL) {
        if (nvars == capacity) {
            capacity = capacity ? capacity * 2 : 16;
            vars = realloc(vars, capacity * sizeof *vars);
        }
        v = &vars[nvars++];
        v->name = strdup(name);
        v->value = strdup("");
        v->exported = 0;
    }
    if (value != NULL) {
        free(v->value);
        v->value = strdup(value);
    }
    if (export)
        v->exported = 1;
    return 0;
}

void var_unset(const char *name)
{
    struct var *v = lookup(name);
    if (v == NULL)
        return;
    free(v->name);
    free(v->value);
    *v = vars[--nvars];
}

void vars_init(char **envp)
{
    for (int i = 0; envp && envp[i]; i++) {
        char *eq = strchr(envp[i], '=');
        if (eq == NULL)
            continue;
        char *name = strndup(envp[i], eq - envp[i]);
        var_set(name, eq + 1, 1);
        free(name);
    }
    if (var_get("PATH") == NULL)
        var_set("PATH", "/bin", 1);
    if (var_get("HOME") == NULL)
        var_set("HOME", "/", 1);
}

char **vars_environment(void)
{
    char **env = malloc((nvars + 1) * sizeof *env);
    int n = 0;
    for (int i = 0; i < nvars; i++) {
        if (!vars[i].exported)
            continue;
        size_t len = strlen(vars[i].name) + strlen(vars[i].value) + 2;
        env[n] = malloc(len);
        snprintf(env[n], len, "%s=%s", vars[i].name, vars[i].value);
        n++;
    }
    env[n] = NULL;
    return env;
}

void vars_print_exported(void)
{
    for (int i = 0; i < nvars; i++)
        if (vars[i].exported)
            printf("export %s='%s'\n", vars[i].name, vars[i].value);
}
