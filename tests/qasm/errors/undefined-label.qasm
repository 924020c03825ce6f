; references to names never defined
constant r1 @nowhere
data @p @missing::name
constant r2 @`no such`
