package main

func main() {
	for {
		goto exit
	}
	goto Exit
exit:
}

// Error:
// 7:7: label Exit not defined
