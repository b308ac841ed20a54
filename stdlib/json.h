/* json.h: package encoding/json's native half, private to stdlib/.
 * json_scan.c is Go's scanner (the state machine behind Valid, Compact,
 * Indent and every SyntaxError), json_encode.c is Marshal and
 * json_decode.c is Unmarshal; both walk values by their run-time Type as
 * fmt's printer does (format.c). */
#ifndef GOSH_JSON_H
#define GOSH_JSON_H

#include "natives.h"
#include "lexer.h"

/* The scanner's results for each byte (Go's scanContinue...scanError). */
enum {
    SCAN_CONTINUE, SCAN_BEGIN_LITERAL, SCAN_BEGIN_OBJECT, SCAN_OBJECT_KEY,
    SCAN_OBJECT_VALUE, SCAN_END_OBJECT, SCAN_BEGIN_ARRAY, SCAN_ARRAY_VALUE,
    SCAN_END_ARRAY, SCAN_SKIP_SPACE, SCAN_END, SCAN_ERROR,
};

typedef struct JsonScanner {
    int state;
    bool end_top;
    /* the parse-state stack: Go's parseObjectKey, parseObjectValue and
     * parseArrayValue per open object or array */
    uint8_t *stack;
    int depth, cap;
    /* bytes consumed, for SyntaxError.Offset */
    int64_t bytes;
    /* the error, once one was met: its message and offset */
    bool failed;
    char msg[96];
    int64_t err_offset;
} JsonScanner;

void json_scan_reset(JsonScanner *s);
int json_scan_step(JsonScanner *s, unsigned char c);
/* The end of input: SCAN_END when a whole value was read, else SCAN_ERROR
 * ("unexpected end of JSON input"). */
int json_scan_eof(JsonScanner *s);
/* Go's checkValid over [n] bytes: true, or false with the error in [s]. */
bool json_check_valid(JsonScanner *s, const char *p, int64_t n);
/* Go's compact; false (and [dst] restored) on a syntax error. */
bool json_compact(StrBuf *dst, const char *src, int64_t n, bool escape, JsonScanner *s);

/* How a native reports an error to the Go side (json.go's mkError). */
enum {
    JE_NONE, JE_UNSUPPORTED_TYPE, JE_UNSUPPORTED_VALUE, JE_MARSHALER, JE_MARSHALER_SYNTAX,
    JE_SYNTAX, JE_UNMARSHAL_TYPE, JE_INVALID_UNMARSHAL, JE_ERROR, JE_BASE64, JE_MESSAGE,
    JE_MARSHAL_KEY,
};
typedef struct JsonErr {
    int kind;
    String *s1, *s2, *s3, *s4;
    int64_t off;
    Value err; /* an error interface word */
} JsonErr;
/* Writes [e] as a native's results args[from..from+6]: kind, s1..s4, off, err. */
void json_put_err(Value *args, int from, const JsonErr *e);

/* The method [name] of [t]'s method set (a pointer type's through its
 * element), if it has the signature [sig]; NULL otherwise. */
const Method *json_method(const Type *t, const char *name, const Type *sig);
/* Types the packages need, made when the package is registered. */
extern Type *json_sig_marshal, *json_sig_unmarshal, *json_bytes_type;
extern const char *json_name_marshal_json, *json_name_marshal_text;
extern const char *json_name_unmarshal_json, *json_name_unmarshal_text;
/* Go's spelling of a type for messages (reflect's String). */
String *json_type_string(const Type *t);

/* A struct's field as JSON sees it (Go's field in encode.go). */
typedef struct JField {
    const char *name;
    int name_len;
    /* the path of field indices from the struct (embedded fields first) */
    int *index;
    int depth;
    Type *type;
    bool omit_empty, quoted;
    /* the key and its colon, HTML-escaped or not */
    String *key_html, *key_plain;
} JField;

enum {
    TI_MARSHAL_JSON = 1, TI_MARSHAL_TEXT = 2, TI_PTR_MARSHAL_JSON = 4, TI_PTR_MARSHAL_TEXT = 8,
    TI_UNMARSHAL_JSON = 16, TI_UNMARSHAL_TEXT = 32, TI_PTR_UNMARSHAL_JSON = 64,
    TI_PTR_UNMARSHAL_TEXT = 128,
};

/* What json caches per type (json_types.c): which of the methods T and
 * *T have (TI_ flags; the unmarshal ones of *T only for named T, the
 * TI_UNMARSHAL ones only for pointers), and a struct's fields in order. */
typedef struct TypeInfo {
    const Type *type;
    unsigned flags;
    JField *fields;
    int nfields;
} TypeInfo;
const TypeInfo *json_type_info(const Type *t);
/* Whether the C stack is nearly used up: the encoder and decoder recurse
 * once per level of nesting and stop with an error here rather than
 * crash (Go's goroutine stacks grow). */
#define JSON_STACK_RESERVE (256 * 1024)
bool json_stack_low(void);
/* Whether [t] is json.Number. */
bool json_is_number_type(const Type *t);
const Type *json_number_type(void);
/* Go's isValidNumber. */
bool json_valid_number(const char *s, int64_t n);
/* Natives of json_encode.c and json_decode.c. */
void json_marshal(G *g, Value *args);
void json_unmarshal(G *g, Value *args);
void json_set_number_type(G *g, Value *args);
/* Appends [s] as a JSON string (Go's encodeState.string). */
void json_put_string(StrBuf *b, const char *s, int64_t n, bool escape_html);

#endif
