module env

go 1.19
