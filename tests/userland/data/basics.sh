# variables, quoting, status, lists, comments
x=hello
y="two  words"
echo $x "$x" '$x' \$x "${x}s"
echo $y
echo "$y"
echo 'single "double" inside' "double 'single' inside"
echo a\ b "c\"d" 'e:f'
false; echo status $?
true; echo status $?
true && echo and-yes
false && echo and-no
false || echo or-yes
true || echo or-no
false || false || echo chain
true && false || echo mixed
! false && echo negated
echo one; echo two ;echo three
echo hash # a comment
echo not#comment
empty=
echo "[$empty]" [$empty] $empty end
unset x; echo "x=[$x]"
