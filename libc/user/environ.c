/* environ.c (user target) - the environment pointer, set by crt0 from the vector the
 * kernel passes in r3 (alone in its file: crt0 refers to it from every program). */
char **environ;
