# positional parameters (run by args_main.sh)
echo "count $#"
echo "first $1 second $2"
for a in "$@"; do echo "arg [$a]"; done
shift
echo "after shift $# $1"
echo all: $*
