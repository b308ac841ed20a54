// Package errors: creating, wrapping and inspecting errors, as in Go.
package errors

type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

func New(text string) error {
	return &errorString{text}
}

func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// assign stores err in *target when err's dynamic type is what target
// points at (or implements it, for an interface); native.
func assign(err error, target any) bool

// checkTarget panics as Go does when target is not a non-nil pointer to
// an interface or to a type implementing error; native.
func checkTarget(target any)

// comparable reports whether == on target cannot panic; native.
func comparable(target error) bool

// As finds the first error in err's tree (err, then what its Unwrap
// methods return, depth first) that target can hold, and stores it.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	checkTarget(target)
	return as(err, target)
}

func as(err error, target any) bool {
	for err != nil {
		if assign(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if as(e, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// Is reports whether any error in err's tree equals target or says it
// is target through an Is method.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	return is(err, target, comparable(target))
}

func is(err, target error, canCompare bool) bool {
	for err != nil {
		if canCompare && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
		case interface{ Unwrap() []error }:
			for _, e := range x.Unwrap() {
				if is(e, target, canCompare) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// Join wraps the non-nil errors given; nil if there are none. Its text is
// theirs, one per line, and its Unwrap returns them.
func Join(errs ...error) error {
	var kept []error
	for _, err := range errs {
		if err != nil {
			kept = append(kept, err)
		}
	}
	if len(kept) == 0 {
		return nil
	}
	return &joinError{kept}
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	var b []byte
	for i, err := range e.errs {
		if i > 0 {
			b = append(b, '\n')
		}
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error {
	return e.errs
}
