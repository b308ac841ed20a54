package main

func main() {
	for i := 0; i < 3; i++ {
	done:
		println(i)
		break done
	}
}

// Error:
// 7:9: invalid break label done
