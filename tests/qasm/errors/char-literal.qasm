; there are no character literals
constant r1 'H'
constant r2 'Hi'
