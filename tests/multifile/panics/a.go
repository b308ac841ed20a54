package main

func main() { crash(3) }
