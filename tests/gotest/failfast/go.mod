module failfast

go 1.19
