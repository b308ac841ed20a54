module json_notests

go 1.19
