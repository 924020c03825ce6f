; args: multi-file-b.inc
; one namespace over all files: duplicates across files, references into other files
@shared:
constant r1 @only_in_b
