/* qcc.h - the one internal header of qcc-lite, in sections per source file:
 * lex.l (scanner), parse.y (parser, builds the AST), ast.c (nodes, scopes the
 * parser needs for typedef names), type.c (types), sema*.c (semantic pass), gen*.c
 * (qasm code generator), main.c (driver).
 *
 * Memory policy: the compiler allocates from one arena (common/arena.c) and never
 * frees until exit (arena_free_all), so every allocation stays reachable.
 */
#ifndef QCC_H
#define QCC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>

#include "diag.h"
#include "util.h"

typedef struct diag_loc Loc;
typedef struct Type Type;
typedef struct Node Node;
typedef struct Sym Sym;
typedef struct SymVec {
    Sym **v;
    int n, cap;
} SymVec;

/* ---- the arena (common/arena.h) ---- */
#include "arena.h"

/* ---- types (type.c) ---- */
enum TypeKind {
    TY_VOID, TY_BOOL, TY_CHAR, TY_SCHAR, TY_UCHAR, TY_SHORT, TY_USHORT, TY_INT, TY_UINT,
    TY_LONG, TY_ULONG, TY_LLONG, TY_ULLONG, TY_FLOAT, TY_DOUBLE, TY_LDOUBLE, TY_FLOAT32, TY_ENUM,
    TY_PTR, TY_ARRAY, TY_FUNC, TY_STRUCT, TY_UNION,
    TY_COMPLEX, /* base: the element type (a real arithmetic type) */
    TY_VECTOR   /* GNU vector (sema_vector.c): base the element type, len the count */
};
enum { Q_CONST = 1, Q_VOLATILE = 2, Q_RESTRICT = 4,
       Q_STATIC_SIZE = 8, Q_STAR_SIZE = 16 /* array parameter declarators only */ };

typedef struct Member {
    struct Member *next;
    char *name; /* NULL for an anonymous struct/union member */
    Type *ty;
    int offset;
    int bit_offset, bit_width; /* bit-fields (bit_width 0: an ordinary member) */
    struct Sym *dyn_extra; /* after a variable-length member: a hidden local holding the
                              words of the VLA members before this one (sema_vla_struct.c) */
    Loc loc;
} Member;

typedef struct Tag {
    char *name; /* NULL if anonymous */
    int kind;   /* TY_STRUCT, TY_UNION or TY_ENUM */
    bool complete;
    Member *members;
    int size;
    bool enum_unsigned; /* an enum with no negative enumerator: unsigned int, as in gcc */
    struct Type *enum_wide; /* enumerators beyond 32 bits: (unsigned) long long (GNU C) */
    bool transparent;   /* a union with __attribute__((transparent_union)) */
    bool vla;           /* has variable-length members (GNU C): size is static part + */
    struct Sym *vla_size; /* ... a hidden local set where the type is declared */
} Tag;

typedef struct Param {
    struct Param *next;
    char *name;
    Sym *sym;        /* the parameter's symbol, bound while later parameters are read */
    Type *ty;
    Loc loc;
} Param;

struct Type {
    int kind;
    int quals;
    Type *base;      /* pointer target, array element, function result */
    long len;        /* array length; -1 if unknown */
    Param *params;   /* function */
    bool variadic;   /* function */
    bool oldstyle;   /* function declared without a prototype */
    Tag *tag;        /* struct, union, enum */
    bool vla;        /* variable-length array (also an array of them, and [*]) */
    Sym *vla_size;   /* its size in words, a hidden local set at the declaration (or NULL
                        for [*]) */
    int prec;        /* long long only: value bits of a wide bit-field's type (33..63,
                        gcc's `unsigned long long : 40`); 0: all 64 */
};

Type *ty_basic(int kind);
Type *ty_llbits(bool is_unsigned, int bits);
Type *ty_ptr(Type *base);
Type *ty_array(Type *base, long len);
Type *ty_func(Type *ret, Param *params, bool variadic, bool oldstyle);
Type *ty_qual(Type *t, int quals);
Type *ty_unqual(Type *t);
int ty_size(Type *t);               /* in words; -1 if incomplete */
bool ty_is_integer(Type *t);
bool ty_is_float(Type *t);
bool ty_is_arith(Type *t);
bool ty_is_scalar(Type *t);
bool ty_is_ptr(Type *t);
bool ty_is_record(Type *t);          /* struct or union */
bool ty_is_signed(Type *t);
bool ty_is_complete(Type *t);
bool ty_compatible(Type *a, Type *b);
int ty_rank(Type *t);
Type *ty_promote(Type *t);
Type *ty_common(Type *a, Type *b);
const char *ty_str(Type *t);        /* "int *", for diagnostics */
Member *ty_find_member(Type *t, const char *name, int *offset);
Type *ty_complex(Type *elem);
bool ty_is_complex(Type *t);
Type *ty_vector(Type *elem, long count);
bool ty_is_vector(Type *t);

/* ---- declaration syntax built by the parser ---- */
enum { SC_NONE, SC_TYPEDEF, SC_EXTERN, SC_STATIC, SC_AUTO, SC_REGISTER };
enum {
    TS_VOID = 1 << 0, TS_CHAR = 1 << 1, TS_SHORT = 1 << 2, TS_INT = 1 << 3,
    TS_LONG = 1 << 4, TS_LONG2 = 1 << 5, TS_FLOAT = 1 << 6, TS_DOUBLE = 1 << 7,
    TS_SIGNED = 1 << 8, TS_UNSIGNED = 1 << 9, TS_BOOL = 1 << 10, TS_OTHER = 1 << 11,
    TS_FLOAT32 = 1 << 12
};

typedef struct Spec {
    int storage;
    int quals;
    int tspec;        /* TS_ bits */
    bool is_inline;
    bool is_noreturn;   /* _Noreturn */
    bool thread_local;  /* _Thread_local */
    bool is_atomic;     /* the _Atomic qualifier (accepted, accesses plain) */
    bool implicit_int;  /* no specifiers at all: C89 implicit int (warned) */
    bool is_complex;    /* _Complex / __complex__ (sema_complex.c) */
    Node *attrs;        /* __attribute__ list (ND_ATTR) */
    Node *align;        /* _Alignas operand: a type name or an expression */
    Node *record;     /* ND_STRUCT_SPEC / ND_ENUM_SPEC node, or NULL */
    char *typedef_name;
    Type *typedef_type; /* resolved by sema */
    Loc loc;
} Spec;

enum { DM_PTR, DM_ARRAY, DM_FUNC };
typedef struct DMod {
    struct DMod *next; /* applied after this one */
    int kind;
    int quals;          /* DM_PTR */
    Node *size;         /* DM_ARRAY, NULL = [] */
    Node *params;       /* DM_FUNC: list of ND_PARAM */
    bool variadic, oldstyle;
    Loc loc;
} DMod;

typedef struct Declarator {
    char *name; /* NULL for abstract */
    Loc loc;
    DMod *mods; /* application order: first applied to the base type first */
} Declarator;

/* ---- AST nodes ---- */
enum NodeKind {
    /* expressions */
    ND_NUM, ND_FNUM, ND_STR, ND_IDENT, ND_CALL, ND_INDEX, ND_MEMBER, ND_ARROW,
    ND_POSTINC, ND_POSTDEC, ND_PREINC, ND_PREDEC, ND_ADDR, ND_DEREF, ND_NEG, ND_POS,
    ND_BITNOT, ND_NOT, ND_SIZEOF_EXPR, ND_SIZEOF_TYPE, ND_CAST, ND_BINARY, ND_LOGAND,
    ND_LOGOR, ND_COND, ND_ASSIGN, ND_OPASSIGN, ND_COMMA, ND_COMPOUND_LIT, ND_VA_START,
    ND_VA_ARG,
    ND_VA_ARG_DUMMY,
    /* C11 and GNU forms (sema_ext.c, gen_ext.c) */
    ND_STMT_EXPR, ND_GENERIC, ND_OFFSETOF, ND_TYPES_COMPATIBLE, ND_ALIGNOF, ND_LABEL_ADDR,
    ND_GOTO_PTR, ND_ATTR, ND_ALLOCA, ND_SP_GET, ND_SP_SET, ND_VLA_ALLOC,
    /* complex values (sema_complex.c, gen_complex.c): a = real part, b = imaginary part
     * (parser: a NULL for an imaginary constant); __real__ / __imag__ of a */
    ND_COMPLEX_MAKE, ND_REAL_PART, ND_IMAG_PART,
    /* frame builtins (sema_frame_builtin.c, gen_ext.c): r62 at entry; gcc's 5-word
     * __builtin_setjmp / __builtin_longjmp (a = the buffer's address) */
    ND_RETURN_ADDR, ND_BUILTIN_SETJMP, ND_BUILTIN_LONGJMP,
    /* __builtin_convertvector(a, type name b) (sema_vector.c) */
    ND_CONVERTVECTOR,
    /* sema-only expression forms */
    ND_VAR, ND_CONV, ND_DECAY,
    /* initializers */
    ND_INIT_LIST, ND_DESIG_INIT, ND_DESIG_FIELD, ND_DESIG_INDEX,
    /* statements */
    ND_BLOCK, ND_EXPR_STMT, ND_IF, ND_WHILE, ND_DO, ND_FOR, ND_RETURN, ND_BREAK,
    ND_CONTINUE, ND_GOTO, ND_LABEL, ND_SWITCH, ND_CASE, ND_DEFAULT, ND_NULL_STMT,
    ND_ASM, ND_ASM_OPERAND, ND_DECL, ND_STATIC_ASSERT,
    /* GNU `__label__ name;`, a goto to a label of an enclosing function (sema_nested.c) */
    ND_LOCAL_LABEL, ND_NONLOCAL_GOTO,
    /* declarations */
    ND_FUNC_DEF, ND_PARAM, ND_STRUCT_SPEC, ND_ENUM_SPEC, ND_TYPEOF, ND_FIELD, ND_ENUMERATOR,
    ND_TYPE_NAME, ND_INIT_DECL
};

/* Binary operators (ND_BINARY, ND_OPASSIGN) use the token characters or these. */
enum { OP_SHL = 256, OP_SHR, OP_LE, OP_GE, OP_EQ, OP_NE };

struct Node {
    int kind;
    int op;
    Loc loc;
    Type *ty;         /* expression type (sema) */
    Type *opty;       /* ND_OPASSIGN: the type the operation is done in */
    Node *a, *b, *c, *d;
    Node *next;       /* lists: statements, arguments, declarations, initializers */
    Node *tail;       /* a list's head: its last node as far as list_append knows */
    Node *body;
    int64_t ival;
    double fval;
    char *name;
    int *str;         /* ND_STR: code points, with a terminating 0 */
    int strlen;       /* including the terminator */
    int strcap;       /* words allocated for str (adjacent literals grow it geometrically) */
    Spec *spec;       /* declarations, type names */
    Declarator *decl;
    Sym *sym;         /* ND_VAR, ND_LABEL, ND_GOTO, declarations */
    bool is_const;    /* sema: integer constant expression, value in ival */
    bool err;         /* sema: an error was reported here; no follow-up diagnostics */
    bool noreturn;    /* sema: __builtin_unreachable() */
    bool dynamic_stack; /* ND_FUNC_DEF: VLAs or alloca move r63 (gen_ext.c) */
    bool calls_alloca;  /* ND_FUNC_DEF: __builtin_alloca, whose storage VLA scopes keep */
    bool uses_setjmp;   /* ND_FUNC_DEF: __builtin_setjmp (gen_ext.c's gen_setjmp_function) */
    void *vla_scope;  /* ND_LABEL, ND_GOTO, ND_CASE: the VLAs in scope there (sema_vla.c) */
    void *cleanup_scope; /* ND_LABEL, ND_GOTO: the cleanup variables in scope (sema_cleanup.c) */
    int bit_offset, bit_width; /* ND_MEMBER of a bit-field, and initializer items */
    bool bit_signed;
    int label;        /* codegen: case label id */
    SymVec *locals;   /* ND_FUNC_DEF: every local variable (sema) */
    Node *cases;      /* ND_SWITCH: its ND_CASE/ND_DEFAULT nodes */
    /* GNU nested functions (sema_nested.c, gen_nested.c), on ND_FUNC_DEF: */
    Node *parent_fn;  /* the enclosing function of a nested one (its `name`: the unique
                         assembler base name, `parent$f$N`) */
    Node *nested_fns; /* the functions defined in this one's body (linked by next) */
    bool nonlocal_target; /* a nested function jumps to one of its labels */
    int chain_off;    /* codegen: frame slot of a nested function's static chain */
    int tramp_off;    /* codegen: frame slot of its trampoline in the parent's frame */
};

Node *new_node(int kind, Loc loc);
Node *new_binary(int op, Node *a, Node *b, Loc loc);
Node *new_var_ref(Sym *s, Loc loc);
Node *new_comma(Node *first, Node *then);
Node *list_append(Node *list, Node *item); /* parser lists only (ast.c) */
Spec *new_spec(Loc loc);
Declarator *new_declarator(char *name, Loc loc);
void declarator_prepend(Declarator *d, DMod *m);

/* ---- parser-side scopes for typedef names (ast.c) ---- */
typedef struct ParseCtx ParseCtx;
struct PScope;
void pscope_push(ParseCtx *ctx);
void pscope_pop(ParseCtx *ctx);
void pscope_declare(ParseCtx *ctx, const char *name, bool is_typedef);
void pscope_reopen(ParseCtx *ctx, struct PScope *s);
bool pscope_is_typedef(ParseCtx *ctx, const char *name);

struct ParseCtx {
    void *scanner;
    const char *file;   /* current file (from line markers) */
    int line;
    int col;
    struct PScope *scope;
    struct PScope *saved_params; /* the parameter scope of the last function declarator */
    Node *unit;         /* list of top-level declarations */
    int errors;
    int last_error_line;
    const char *last_error_file;
    bool seen_type;     /* scanner: the declaration specifiers have a type specifier */
    bool after_tag_keyword;
    bool want_declarator_name; /* parser: the next identifier is a declarator's name */
    int attr_depth;     /* scanner: parentheses open in __attribute__((...)); -1 just after it */
    bool tstack[256];   /* per nested declaration: does it declare typedefs? */
    int tdepth;
};

/* ---- helpers of parse.y's actions (parse_util.c) ---- */
void parse_push_typedef_flag(ParseCtx *ctx, Spec *s);
void parse_pop_typedef_flag(ParseCtx *ctx);
void parse_reopen_params(ParseCtx *ctx);
void parse_declare_name(ParseCtx *ctx, Declarator *d);
void parse_local_label_place(Node *list, Node *item);
Spec *parse_spec_tspec(int bits, Loc loc);
Spec *parse_merge_spec(ParseCtx *ctx, Spec *a, Spec *b);
void parse_auto_type(Spec *s, Node *init_declarators);
DMod *parse_func_mod(Node *params, bool variadic, bool oldstyle, Loc loc);
void parse_utf16_encode(Node *str);
Node *parse_concat_strings(Node *a, Node *b);
Node *parse_asm_operand(Node *constraint, Node *expr, const char *name, Loc loc);

/* ---- ident.c: extended characters in identifiers ---- */
const char *ident_canonical(const char *text, Loc loc, int *errors); /* UCNs -> UTF-8 */
char *asm_symbol(const char *name);   /* "@name", or "@`name`" when qasm needs quotes */
int ident_utf8_codepoints(const char *s, int *out); /* decodes; returns the count */
char *ident_from_codepoints(const int *cp, int n);  /* UTF-8 of n code points */

/* ---- lex.l / parse.y ---- */
Node *parse_text(const char *file, const char *text, size_t len);

/* ---- symbols (sema) ---- */
enum { SYM_VAR, SYM_FUNC, SYM_TYPEDEF, SYM_ENUMCONST };
struct Sym {
    int kind;
    char *name;
    char *asm_name;
    Type *ty;
    int storage;      /* SC_ */
    bool global;      /* file scope or static local: lives in data */
    bool defined;
    bool used;
    bool addr_taken;
    bool is_param;
    int64_t value;    /* enum constant */
    Loc loc;
    Node *init;       /* flattened initializer (sema_initializer) */
    int size;         /* words of storage */
    /* codegen */
    int reg;          /* register holding the local, or -1 */
    int offset;       /* frame offset if in memory */
    bool emitted;
    bool readonly;    /* string literal: emitted in .rodata */
    bool noreturn;    /* _Noreturn or __attribute__((noreturn)) */
    bool weak;        /* __attribute__((weak)) or #pragma weak: a .weak symbol */
    Sym *alias_of;    /* alias("t"): the target, whose definition also gets this label */
    bool alias_local; /* ... the alias is static: a local label */
    Sym *aliases;     /* the aliases of this symbol (chained by alias_next) */
    Sym *alias_next;
    int format_kind;  /* __attribute__((format)): 'p' printf, 's' scanf, or 0 */
    int format_idx, format_first; /* the format argument, the first checked one (1-based) */
    Sym *vla_ptr;     /* a VLA object: the hidden local pointing at its storage */
    Sym *vla_sp;      /* ... and the hidden local holding r63 before its allocation */
    Sym *cleanup_fn;  /* __attribute__((cleanup(f))) on an automatic variable: f */
    Type *cleanup_arg; /* ... and the type of f's parameter (NULL: no prototype) */
    Node *nested_def; /* a nested function: its definition (NULL until defined) */
    bool nested_fwd;  /* ... declared by `auto T f(...);` */
    Node *owner;      /* codegen: the function whose frame holds this local */
};

/* ---- sema.c ---- */
typedef struct Options {
    int opt;            /* -O level */
    bool wall;
    const char *target; /* bare, user, kernel */
    bool no_builtin;    /* -fno-builtin or -ffreestanding: no library function is known */
    const char **no_builtin_names; /* -fno-builtin-NAME, each */
    int n_no_builtin;
} Options;
extern Options opts;
/* fopts.c: the -f options; whether a call of the library function `name` may be done
 * by the compiler itself (-fno-builtin, -fno-builtin-NAME). */
enum { F_UNKNOWN, F_TAKEN, F_FOR_CPP };
int opts_take_f(const char *arg);
bool opts_builtin_enabled(const char *name);
Node *sema_fold_library_call(Node *call, bool builtin_spelling); /* sema_libfold.c */

/* Checks the unit, annotates it; returns the list of symbols to emit as globals. */
void sema_unit(Node *unit);
bool sema_eval_const(Node *e, int64_t *val); /* integer constant expressions */
Type *sema_string_elem_type(Node *str);
Node *sema_expr(Node *e);
Node *sema_expr_unevaluated(Node *e);
Node *sema_convert(Node *e, Type *to);
Node *sema_reduce_prec(Node *e);
void sema_stmt(Node *s);
void sema_push_scope(void);
void sema_pop_scope(void);
Type *sema_decl_type(Spec *spec, Declarator *d, Loc loc);
Type *sema_spec_type(Spec *spec);
Type *sema_spec_cached(Spec *spec);
void sema_local_decl(Node *decl, SymVec *locals, const char *func);
Sym *sema_function_symbol(Node *fn, Type **ft);
Sym *sema_declare_param(Param *p, SymVec *locals);
int sema_depth(void);
void sema_global_decl(Node *decl);
void sema_static_assert(Node *n);
Sym *sema_lookup(const char *name);
void sema_check_init(Type *ty, Node *init, bool is_static);
bool sema_is_lvalue(Node *e);

/* Globals for code generation: every symbol with storage in data/bss, and functions. */
void symvec_push(SymVec *vec, Sym *s);
extern SymVec sema_globals;   /* objects with static storage, in declaration order */

Node *sema_assign_convert(Node *e, Type *to, const char *what);
/* sema_fold.c: constant folding */
Node *sema_make_num(int64_t v, Type *ty, Loc loc);
int64_t sema_wrap(int64_t v, Type *ty);
int64_t sema_float_to_int(double v, Type *ty);
int64_t sema_fold_binary(int op, int64_t a, int64_t b, Type *ty, bool *ok);
Node *sema_fold_float(Node *e);
int64_t sema_fold_compare(int op, int64_t a, int64_t b, Type *ty);
void sema_declare_dummy(Sym *s);
void sema_declare_implicit(const char *name, Loc loc);
Node *sema_compound_literal(Node *e);
/* sema_ext.c: C11 and GNU expression forms */
Node *sema_ext_expr(Node *e);
Node *sema_builtin_call(Node *e);
void sema_elvis(Node *e);
void sema_asm(Node *s);
bool sema_library_builtin(Node *e, const char *name);      /* sema_libbuiltin.c */
Type *sema_signature_type(const char *sig, Loc loc);
Node *sema_chk_builtin(Node *e, const char *name);       /* sema_chk_builtin.c */
Node *sema_builtin_more(Node *e, const char *name);
Node *sema_object_size(Node *e, bool dynamic); /* sema_objsize.c */
Node *sema_align_builtin(Node *e, const char *name); /* sema_align_builtin.c */
Node *sema_frame_builtin(Node *e, const char *name); /* sema_frame_builtin.c */
void sema_frame_reset(void);
void *sema_frame_save(void);
void sema_frame_restore(void *state);
void sema_frame_entry(Node *fn);
void sema_objsize_note(Node *assignment);
void sema_objsize_init(Sym *local);
void sema_objsize_forget(void);
void *sema_objsize_loop_head(Node *loop);
void sema_objsize_loop_end(void *written);
void *sema_objsize_save(void);
void sema_objsize_restore(void *saved);
void sema_objsize_join(void *other);
bool sema_is_atomic_name(const char *name); /* sema_atomic.c */
Node *sema_atomic_builtin(Node *e, const char *name);
Node *sema_fp_builtin(Node *e, const char *name); /* sema_fp_builtin.c */
bool sema_falls_through(Node *s);                 /* sema_flow.c */
Node *sema_union_cast(Node *cast, Type *t);      /* sema_ext.c */
void sema_declare_function(const char *name, Type *ty, Loc loc);
Sym *sema_temp_local(Type *t, Loc loc);
const char *sema_note_label_use(Node *e);
void sema_note_dynamic_stack(void);
/* sema_complex.c: complex types, lowered to operations on their parts */
Type *sema_complex_spec(Spec *s, Type *elem);
bool sema_complex_involved(Node *e);
Node *sema_complex_binary(Node *e);
Node *sema_complex_unary(Node *e);
Node *sema_complex_assign(Node *e);
Node *sema_complex_incdec(Node *e);
Node *sema_complex_convert(Node *e, Type *to);
Node *sema_complex_truth(Node *e);
Node *sema_complex_expr(Node *e);
Node *sema_complex_builtin(Node *e, const char *name);
bool sema_complex_init(Node *e, Type *t, Node **re, Node **im);
void sema_note_alloca(void);
Node *sema_binary_checked(Node *e); /* sema_expr.c: operands already checked */
Node *sema_unary_checked(Node *e);
/* sema_vector.c: GNU vector types, lowered to operations on their elements */
Type *sema_vector_attrs(Type *t, Node *attrs);
bool sema_vector_involved(Node *e);
Node *sema_vector_binary(Node *e);
Node *sema_vector_unary(Node *e);
Node *sema_vector_assign(Node *e);
Node *sema_vector_incdec(Node *e);
Node *sema_vector_index(Node *v, Node *i, Loc loc);
Node *sema_vector_cast(Node *e, Type *to, Loc loc);
Node *sema_vector_convert(Node *e, Type *to, const char *what);
Node *sema_vector_builtin(Node *e, const char *name);
Node *sema_vector_convertvector(Node *e);
/* sema_attr.c: __attribute__ lists, _Alignas, format checking */
void sema_check_attrs(Node *attrs);
void sema_check_align(Spec *spec);
/* sema_constraints.c */
void sema_check_param_spec(Spec *spec, const char *name, Loc loc);
void sema_check_spec_type(Spec *spec, Type *t);
void sema_check_bitfield_spec(Spec *spec, Node *d);
void sema_apply_attrs(Node *attrs, Sym *s);
void sema_mark_weak(Sym *s, Loc loc);   /* s becomes a weak symbol */
void sema_mark_transparent(Node *attrs, Type *t, Loc loc); /* transparent_union in attrs */
Node *sema_transparent_arg(Node *a, Type *param); /* a, or a as the transparent union */
void sema_pragma_weak(void);            /* applies the unit's #pragma weak names */
extern SymVec sema_weak_syms;           /* the weak symbols, for gen_data */
void sema_add_alias(Sym *alias, Sym *target);
void gen_symbol_label(FILE *out, Sym *s); /* .global, the label, its aliases' labels */
void parse_pragma_weak(const char *line, Loc loc); /* records `#pragma weak name` */
void sema_check_format(Node *call, Sym *fn);
/* sema_vla.c: variable-length arrays */
Type *sema_vla_array(Type *base, Node *size, Loc loc);
void sema_vla_set_mode(int m); /* 0 file scope, 1 function body, 2 a definition's params next */
int sema_vla_params_begin(void);
void sema_vla_params_end(int old);
Node *sema_vla_size_expr(Type *t, Loc loc);
Node *sema_vla_take_pending(void);
void sema_vla_clear_pending(void);
void sema_vla_decl(Node *decl);
void sema_vla_record_by_value(Type *ft, Loc loc); /* sema_vla_struct.c */
Node *sema_vla_ref(Node *e);
void *sema_vla_scope_enter(void);
/* sema_cleanup.c: __attribute__((cleanup(f))) */
void sema_cleanup_reset(void);
void sema_cleanup_attr(Node *attrs, Sym *s, bool automatic);
void sema_cleanup_decl(Node *decl);
void *sema_cleanup_enter(void);
void sema_cleanup_leave(Node *block, void *mark);
void sema_cleanup_for_init(Node *s, void *mark);
void *sema_cleanup_loop_enter(bool is_loop);
void sema_cleanup_loop_leave(void *saved);
void sema_cleanup_jump(Node *s);
void sema_cleanup_return(Node *s, Type *ret);
void sema_cleanup_mark(Node *n);
Node *sema_cleanup_before_goto(Node *from, Node *to);
Node *sema_cleanup_stmt_expr(Node *e, Node *last, void *mark);
void sema_vla_scope_leave(Node *block, void *saved);
Node *sema_vla_free_before_goto(Node *from, Node *to);
void sema_vla_loop(Node *loop, void *saved);
void sema_vla_mark(Node *n);
bool sema_vla_jump_ok(Node *from, Node *to);
bool sema_vla_is_vm(Type *t);
bool sema_vla_sizes_wanted(void);
void sema_vla_add_pending(Sym *s, Node *value, Loc loc);
/* sema_vla_struct.c: structs and unions with variable-length members */
void sema_vla_record(Tag *tag, Loc loc);
Type *sema_vla_record_type(Type *t);
Node *sema_vla_member_offset(Type *t, const char *name, Loc loc);
Node *sema_vla_record_arg(Node *a);
Type *sema_vla_type_name(Node *type_name, Node **sizes);
Type *sema_vla_unevaluated_type(Node *type_name);
void sema_vla_typeof_expr(Node *e);
Node *sema_vla_before(Node *list, Node *e);
Node *sema_vla_before_lvalue(Node *list, Node *e);
Node *sema_decay(Node *e);
Node *sema_stmt_list_append(Node *list, Node *item);
bool sema_current_variadic(void);
const char *sema_current_function(void);
Node *sema_expr_once(Node *e);
/* Flattens an initializer for an object of type *ty at word offset 0 into a list of
 * ND_DESIG_INIT items (ival = word offset, a = scalar or record expression); completes
 * an array type of unknown size. */
Node *sema_initializer(Type **ty, Node *init, bool is_static);
/* Static initializer values: a number, or a symbol address plus a word offset. */
bool sema_static_value(Node *e, int64_t *val, const char **sym);
const char *sema_string_label(Node *str);
void sema_function(Node *fn);

void sema_add_local(Sym *s);

/* sema_nested.c: GNU nested functions, __label__ */
void sema_nested_function(Node *s);          /* sema_stmt.c: a definition in a block */
Sym *sema_nested_symbol(Node *fn, Type **ft, Node *parent);
Sym *sema_nested_forward(Node *id, Type *t);
void sema_local_label(Node *s, Node *fn);
Node *sema_local_label_ref(Node *s, Node *fn, bool defining);
void sema_nested_scope_pop(int depth);
const char *sema_fn_base_name(Node *fn);
const char *sema_label_name(const char *name); /* as written: without the $N */
Sym *sema_lookup_here(const char *name);     /* sema_decl.c: current scope only */
Sym *sema_bind_local_func(const char *name, Type *t, Loc loc);
void *sema_vla_save(void);
void sema_vla_restore(void *saved);
void *sema_cleanup_save(void);
void sema_cleanup_restore(void *saved);

/* ---- gen*.c: code generation ----
 * Registers: r0 result, r1-r8 arguments, r9 scratch for address and jump-target
 * computations (never live across a helper call), r10-r31 expression temporaries
 * (spilled around calls), r32-r61 register locals (callee-saved), r62 return address,
 * r63 stack pointer. */
enum { REG_SCRATCH = 9, TEMP_FIRST = 10, TEMP_LAST = 31, LOCAL_FIRST = 32, LOCAL_LAST = 61,
       REG_RA = 62, REG_SP = 63, NUM_ARG_REGS = 8,
       FRAME_REG = 61 /* frame base of a function whose r63 moves (gen_ext.c) */,
       CHAIN_REG = 31 /* static chain of a nested function at entry (gen_nested.c) */ };

typedef struct Gen {
    struct buf *out;      /* the function body being generated */
    Node *fn;
    const char *fname;
    uint32_t busy;        /* temporaries in use (bit = register number) */
    uint64_t saved;       /* callee-saved registers used */
    int frame;            /* words of locals area so far */
    int spill[64];        /* frame offset of each temporary's spill slot, or -1 */
    bool calls;           /* makes calls: must save r62 */
    int labels;           /* label counter */
    int break_label, continue_label;
    int ret_label;
    int sret_reg;         /* register holding the struct-return address (or -1) */
    int sret_off;         /* or its frame slot */
    int switch_label_base;
    struct buf tables;    /* jump tables, written to .rodata after the function */
    int need;             /* free temporaries an operation may need (gen_spill.c) */
    int *hold_slots;      /* frame slots of held values, by hold depth (gen_spill.c) */
    int nhold, hold_cap;  /* hold depth, slots allocated */
    int fp;               /* register frame slots are addressed from (r63 or FRAME_REG) */
} Gen;

void emit(Gen *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int new_label(Gen *g);
const char *gen_label_name(Gen *g, int label);
const char *gen_user_label_name(Gen *g, const char *name);
void emit_label(Gen *g, int label);
void emit_jump(Gen *g, int label);
void emit_branch(Gen *g, int reg, int label, bool if_nonzero);
int temp_alloc(Gen *g);
void temp_free(Gen *g, int reg);
bool is_temp(int reg);
int frame_alloc(Gen *g, int words);
void emit_frame_addr(Gen *g, int dst, int offset);
void emit_sp_addr(Gen *g, int dst, int offset);
void gen_statement(Gen *g, Node *s);
int gen_ext_expr(Gen *g, Node *e, int want);  /* gen_ext.c */
bool gen_ext_stmt(Gen *g, Node *s);
void emit_const(Gen *g, int dst, int64_t value);
void emit_copy(Gen *g, int dst_addr, int src_addr, int words);
void emit_copy_loop(Gen *g, int dst_addr, int src_addr, int n, bool may_be_zero);
void gen_copy_words(Gen *g, int dst_addr, int src_addr, Node *words); /* gen_ext.c */
void gen_setjmp_function(Gen *g);
void emit_zero(Gen *g, int dst_addr, int words);

int gen_expr(Gen *g, Node *e, int want);   /* value in a register (want >= 0: in want) */
int gen_addr(Gen *g, Node *e);             /* address of an lvalue in a register */
void gen_effect(Gen *g, Node *e);          /* evaluate for side effects only */
int gen_dest(Gen *g, int want);
int gen_to_want(Gen *g, int r, int want);
void gen_store_to(Gen *g, Node *lv, int v);
int gen_call(Gen *g, Node *e, int want);    /* gen_call.c */
int gen_va_start(Gen *g, Node *e);
void gen_branch(Gen *g, Node *e, int label, bool if_true);
void gen_local_init(Gen *g, Sym *s);
void gen_bitfield_store(Gen *g, int addr, int v, Node *item);
/* gen_bitfield.c: long long bit-fields and bit-fields across two words */
bool gen_bitfield_is_wide(int off, int width, bool ll_value);
int gen_bitfield_wide_load(Gen *g, int addr, int off, int width, bool is_signed,
                           bool ll_value, int d);
void gen_bitfield_wide_store(Gen *g, int addr, int off, int width, int v, bool ll_value);
void gen_function(Node *fn, FILE *out);
/* gen_nested.c: static chain, trampolines, non-local goto */
void gen_nested_prologue(Gen *g);
void gen_chain_to(Gen *g, int dst, Node *owner, int sp_adjust);
int gen_outer_addr(Gen *g, Sym *s);
void gen_nonlocal_goto(Gen *g, Node *s);
void gen_nested_functions(Node *fn, FILE *out);
const char *gen_fn_name(Node *fn);

/* predef.c: gcc's predefined macros beyond main.c's list, as -D options */
const char *const *qcc_gcc_predefs(size_t *n);
void gen_jump_table(Gen *g, int v, int64_t min, int64_t range, int *targets, int dflt);
void gen_switch_ll(Gen *g, int v, bool is_signed, Node **cases, int n, int dflt);
int place_args(Type **types, int n, int nfixed, bool variadic, int *where);

/* gen_ll.c: long long values are addresses of two words (low first) */
bool ty_is_ll(Type *t);
int ll_slot(Gen *g);
void ll_load(Gen *g, int addr, int *lo, int *hi);
int ll_store_new(Gen *g, int lo, int hi);
void ll_copy(Gen *g, int dst, int src);
int ll_const(Gen *g, int64_t v);
int ll_from_int(Gen *g, int r, bool is_signed);
int ll_from_float(Gen *g, int f, bool is_signed);
int ll_low(Gen *g, int addr, int d);
int ll_truth(Gen *g, int addr, int d);
int ll_to_float(Gen *g, int addr, bool is_signed, int d);
int ll_binop(Gen *g, int op, bool is_signed, int a, int b, bool b_is_word);
int ll_unary(Gen *g, int kind, int a);
int ll_compare(Gen *g, int op, bool is_signed, int a, int b, int d);
void ll_step(Gen *g, int addr, int64_t step, bool inc);
void opt_function(struct buf *body, uint32_t reserved);

/* gen_spill.c: values waiting while another operand is evaluated */
typedef struct Held {
    int reg;  /* the register, or -1 if the value waits in the frame */
    int slot; /* its frame slot then */
} Held;
int temps_free(Gen *g);
bool pressure_high(Gen *g);
Held hold(Gen *g, int reg);
int unhold(Gen *g, Held h, int want);
uint32_t spill_temps(Gen *g, uint32_t keep);
void reload_temps(Gen *g, uint32_t spilled);
int hold_slot_push(Gen *g);
void hold_slot_pop(Gen *g);
void emit_slot_store(Gen *g, int slot, int reg);
void emit_slot_load(Gen *g, int reg, int slot);
/* gen_complex.c: complex values are addresses of their two words (real first) */
bool ty_two_words(Type *t);
bool ty_by_reference(Type *t); /* passed and returned as structs are */
int gen_complex_make(Gen *g, Node *e, int want);
void gen_data(FILE *out);
void gen_unit(Node *unit, FILE *out);

#endif
