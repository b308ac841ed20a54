module basic

go 1.19
