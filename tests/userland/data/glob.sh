# pathname expansion in the data directory
echo *.txt
echo ?.txt
echo [ab].txt
echo [!a].txt
echo w*
echo nomatch*
echo "*.txt"
echo '?.txt'
echo \*.txt
for f in [nt]*.txt; do echo "got $f"; done
