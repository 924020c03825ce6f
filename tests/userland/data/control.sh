# if, while, for, command substitution, positional parameters
for word in alpha beta gamma; do echo "word: $word"; done
for f in a.txt b.txt; do wc -l $f; done
if test -f words.txt; then echo file; else echo nofile; fi
if test -d words.txt; then echo dir; elif test -s words.txt; then echo nonempty; fi
n=1
while test $n -le 4; do
    echo "n is $n"
    n=$(echo $n | tr 1234 2345)
done
until test $n -eq 1; do n=$(echo $n | tr 2345 1234); done; echo "down to $n"
count=$(grep -c a words.txt)
echo "count: $count"
echo "lines: $(wc -l < words.txt)"
echo nested $(echo $(echo deep))
