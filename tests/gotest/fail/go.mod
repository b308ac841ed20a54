module fail

go 1.19
