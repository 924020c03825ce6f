# redirections and pipelines
echo first > out.txt
echo second >> out.txt
cat out.txt
cat < out.txt
wc -l < words.txt
cat missing.txt 2> err.txt; echo status $?
wc -l err.txt
cat missing.txt > both.txt 2>&1; wc -l both.txt
sort words.txt | uniq | wc -l
grep a words.txt | sort -r | head -n 2
cat words.txt | grep -i b | tr a-z A-Z
echo piped | cat | cat | cat
grep -c apple < words.txt > count.txt; cat count.txt
sort -n nums.txt | tail -n 3 | tee tee.txt | wc -l
cat tee.txt
