module logs

go 1.19
