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

func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	checkTarget(target)
	for err != nil {
		if assign(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}

func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	for err != nil {
		if err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}
