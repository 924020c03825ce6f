/* bad_header.h - included by header_error.c: the error must be reported here. */
struct in_header {
    int x;
    int y
};
