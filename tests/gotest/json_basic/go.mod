module json_basic

go 1.19
