module benchquiet

go 1.19
