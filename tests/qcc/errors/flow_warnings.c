/* "control reaches end of non-void function": only where gcc -Wreturn-type warns too */
void abort(void);
int all_cases_return(int x) { switch (x) { case 1: return 1; default: return 2; } }
int nested_block(int x) { switch (x) { case 1: { return 1; } default: if (x) return 2; else return 3; } }
int fall_into_default(int x) { switch (x) { case 1: x++; default: return x; } }
int do_body_returns(int x) { do { return 1; } while (x); }
int loop_forever(int x) { while (1) { switch (x) { case 1: return 2; default: break; } x++; } }
int goto_label(int x) { if (x) goto out; return 2; out: return 1; }
int no_default(int x) { switch (x) { case 1: return 1; } }
int switch_break(int x) { switch (x) { case 1: break; default: return 2; } }
int loop_break(int x) { for (;;) { if (x) break; } }
int do_continue(int x) { do { if (x) continue; return 1; } while (x--); }
int do_forever(int x) { do { x++; } while (1); }
int aborts(int x) { if (x) return 1; abort(); }
int dead_after_return(int x) { return 1; x = 2; }
int label_after_return(int x) { if (x) goto again; return 1; again: x++; }
int case_after_break(int x) { switch (x) { case 1: return 1; break; default: return 2; } }
