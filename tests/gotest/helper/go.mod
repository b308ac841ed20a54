module helper

go 1.19
