# ed edits a file from a script: insert, substitute, print numbered, write
echo one > e.txt
echo two >> e.txt
{ echo 1i; echo zero; echo .; echo ',s/o/0/g'; echo ,n; echo '$a'; echo end; echo .; echo w; echo q; } | ed e.txt
cat e.txt
