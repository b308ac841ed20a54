// lostcancel: when several returns leak, the one named is the first
// that go vet's depth-first search of the control-flow graph meets (then
// before else, a case's body before the next case, a loop's body before
// its exit, and what follows a branch before the other branch).
// Generated: nested ifs, loops, switches and selects, with returns,
// panics, breaks, continues and uses of cancel scattered through them.
package main

import (
	"context"
	"fmt"
)

var ch chan int
var xs []int

func f0(x int) {
	ctx, cancel := context.WithCancel(context.Background())
	_ = ctx
	if x == 99 {
		cancel()
	}
	switch x {
	case 0:
		defer cancel()
		{
			panic("p")
			panic("p")
			fmt.Println(x)
			panic("p")
		}
		defer cancel()
	}
	for {
		select {
		case <-ch:
			break
			fmt.Println(x, cancel)
			cancel()
		}
	}
	fmt.Println(x)
}

func f1(x int) {
	ctx, cancel := context.WithCancel(context.Background())
	_ = ctx
	if x == 99 {
		cancel()
	}
	switch x {
	case 0:
		for {
			panic("p")
			break
		}
	case 1:
		for range xs {
			panic("p")
			panic("p")
		}
	case 2:
		if x > 1 {
			defer cancel()
			return
		} else {
			panic("p")
		}
		break
	default:
		return
	}
	switch x {
	case 0:
		cancel()
		select {
		case <-ch:
			break
			cancel()
			return
			break
		case <-ch:
			break
			panic("p")
			break
			defer cancel()
		}
		panic("p")
	case 1:
		for {
			return
			continue
		}
		select {
		case <-ch:
			defer cancel()
			break
			fmt.Println(x)
		case <-ch:
			return
			panic("p")
			defer cancel()
			cancel()
		}
		select {
		case <-ch:
			fmt.Println(x)
			break
			fmt.Println(x)
			fmt.Println(x, cancel)
		case <-ch:
			panic("p")
			break
		}
		if x > 1 {
			panic("p")
			return
			break
		} else {
			panic("p")
		}
	case 2:
		for range xs {
			panic("p")
			defer cancel()
		}
		break
	default:
		switch x {
		case 0:
			break
			panic("p")
		case 1:
			return
			panic("p")
			return
			fmt.Println(x, cancel)
		case 2:
			panic("p")
			break
			fmt.Println(x)
		}
		switch x {
		case 0:
			fmt.Println(x, cancel)
			return
		default:
			fmt.Println(x)
		}
		break
	}
}

func f2(x int) {
	ctx, cancel := context.WithCancel(context.Background())
	_ = ctx
	if x == 99 {
		cancel()
	}
	for x < 10 {
		{
			cancel()
			fmt.Println(x, cancel)
			cancel()
		}
	}
	if x > 1 {
		return
	}
}

func f3(x int) {
	ctx, cancel := context.WithCancel(context.Background())
	_ = ctx
	if x == 99 {
		cancel()
	}
	if x > 1 {
		switch x {
		case 0:
			panic("p")
			return
			panic("p")
		case 1:
			fmt.Println(x)
			return
			panic("p")
			return
		default:
			cancel()
			cancel()
			break
			fmt.Println(x, cancel)
		}
		for {
			fmt.Println(x)
		}
	}
	for {
		fmt.Println(x)
		for x < 10 {
			continue
			fmt.Println(x, cancel)
			panic("p")
			fmt.Println(x, cancel)
		}
	}
	switch x {
	case 0:
		switch x {
		case 0:
			panic("p")
			cancel()
			fmt.Println(x)
		case 1:
			return
		case 2:
			cancel()
		default:
			defer cancel()
			break
			return
		}
		return
		fmt.Println(x, cancel)
		break
	default:
		switch x {
		case 0:
			fmt.Println(x, cancel)
			break
			defer cancel()
			cancel()
		}
	}
}

func f4(x int) {
	ctx, cancel := context.WithCancel(context.Background())
	_ = ctx
	if x == 99 {
		cancel()
	}
	panic("p")
	switch x {
	case 0:
		switch x {
		case 0:
			defer cancel()
			return
			break
			panic("p")
		}
		cancel()
		switch x {
		case 0:
			fmt.Println(x)
			cancel()
			break
		case 1:
			return
			panic("p")
		}
		panic("p")
	case 1:
		switch x {
		case 0:
			break
			return
			break
			panic("p")
		default:
			fmt.Println(x)
			fmt.Println(x)
		}
		return
		return
	case 2:
		if x > 1 {
			break
			break
			return
		}
		if x > 1 {
			return
			cancel()
			fmt.Println(x, cancel)
		} else {
			fmt.Println(x, cancel)
			break
			cancel()
			defer cancel()
		}
	}
}

func f5(x int) {
	ctx, cancel := context.WithCancel(context.Background())
	_ = ctx
	if x == 99 {
		cancel()
	}
	for {
		continue
		return
	}
	if x > 1 {
		switch x {
		case 0:
			fmt.Println(x, cancel)
			break
			fmt.Println(x, cancel)
			cancel()
		case 1:
			return
			break
			break
		case 2:
			panic("p")
		}
	} else {
		fmt.Println(x)
		if x > 1 {
			fmt.Println(x)
		}
		for {
			fmt.Println(x)
		}
	}
}

func main() {}

// Vet:
// lostcancel_order.go:46:2: the cancel function is not used on all paths (possible context leak)
// lostcancel_order.go:91:4: this return statement may be reached without using the cancel var defined on line 46
// lostcancel_order.go:155:2: the cancel function is not used on all paths (possible context leak)
// lostcancel_order.go:168:3: this return statement may be reached without using the cancel var defined on line 155
// lostcancel_order.go:173:2: the cancel function is not used on all paths (possible context leak)
// lostcancel_order.go:186:4: this return statement may be reached without using the cancel var defined on line 173
// lostcancel_order.go:28:4: unreachable code
// lostcancel_order.go:29:4: unreachable code
// lostcancel_order.go:32:3: unreachable code
// lostcancel_order.go:38:4: unreachable code
// lostcancel_order.go:42:2: unreachable code
// lostcancel_order.go:55:4: unreachable code
// lostcancel_order.go:60:4: unreachable code
// lostcancel_order.go:69:3: unreachable code
// lostcancel_order.go:79:4: unreachable code
// lostcancel_order.go:81:4: unreachable code
// lostcancel_order.go:84:4: unreachable code
// lostcancel_order.go:85:4: unreachable code
// lostcancel_order.go:86:4: unreachable code
// lostcancel_order.go:92:4: unreachable code
// lostcancel_order.go:94:3: unreachable code
// lostcancel_order.go:98:4: unreachable code
// lostcancel_order.go:101:4: unreachable code
// lostcancel_order.go:102:4: unreachable code
// lostcancel_order.go:109:4: unreachable code
// lostcancel_order.go:113:4: unreachable code
// lostcancel_order.go:117:4: unreachable code
// lostcancel_order.go:118:4: unreachable code
// lostcancel_order.go:125:4: unreachable code
// lostcancel_order.go:132:4: unreachable code
// lostcancel_order.go:135:4: unreachable code
// lostcancel_order.go:136:4: unreachable code
// lostcancel_order.go:137:4: unreachable code
// lostcancel_order.go:140:4: unreachable code
// lostcancel_order.go:141:4: unreachable code
// lostcancel_order.go:182:4: unreachable code
// lostcancel_order.go:183:4: unreachable code
// lostcancel_order.go:187:4: unreachable code
// lostcancel_order.go:188:4: unreachable code
// lostcancel_order.go:193:4: unreachable code
// lostcancel_order.go:203:4: unreachable code
// lostcancel_order.go:205:4: unreachable code
// lostcancel_order.go:208:2: unreachable code
// lostcancel_order.go:213:4: unreachable code
// lostcancel_order.go:222:4: unreachable code
// lostcancel_order.go:225:3: unreachable code
// lostcancel_order.go:232:4: unreachable code
// lostcancel_order.go:245:2: unreachable code
// lostcancel_order.go:251:4: unreachable code
// lostcancel_order.go:252:4: unreachable code
// lostcancel_order.go:262:4: unreachable code
// lostcancel_order.go:269:4: unreachable code
// lostcancel_order.go:270:4: unreachable code
// lostcancel_order.go:271:4: unreachable code
// lostcancel_order.go:277:3: unreachable code
// lostcancel_order.go:281:4: unreachable code
// lostcancel_order.go:282:4: unreachable code
// lostcancel_order.go:286:4: unreachable code
// lostcancel_order.go:291:4: unreachable code
// lostcancel_order.go:305:3: unreachable code
// lostcancel_order.go:307:2: unreachable code
// lostcancel_order.go:312:4: unreachable code
// lostcancel_order.go:316:4: unreachable code
// lostcancel_order.go:317:4: unreachable code
