; malformed float literals
constant r1 1.5
constant r2 1f
constant r3 .5f
constant r4 -NaN
constant r5 1e400f
constant r6 1e39f
