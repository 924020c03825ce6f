/* Extended characters outside C11 Annex D in identifiers (cpp passes UTF-8 through). */
int c　d = 1;
int  z = 2;
int fine⃐ = 4;
