# runs _args.sh with arguments that need quoting
sh _args.sh one "two words" three
