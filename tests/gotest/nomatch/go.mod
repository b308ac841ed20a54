module nomatch

go 1.19
