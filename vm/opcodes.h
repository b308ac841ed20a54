/* opcodes.h: instruction encoding.
 *
 *   31        24 23        16 15         8 7          0
 *  +------------+------------+------------+------------+
 *  |     C      |     B      |     A      |   opcode   |   ABC
 *  +------------+------------+------------+------------+
 *  |          Bx (sBx)       |     A      |   opcode   |   ABx, AsBx
 *  +-------------------------+------------+------------+
 *  |                 sJ                   |   opcode   |   sJ
 *  +--------------------------------------+------------+
 * sBx is Bx - 32767; sJ is the 24-bit field - 2^23; sB, sC are B - 127
 * and C - 127. An X instruction is followed by one raw 32-bit word. */
#ifndef GOSH_OPCODES_H
#define GOSH_OPCODES_H

#include <stdint.h>

typedef enum OpCode {
#define OP(name, fmt, flags, doc) OP_##name,
#include "opcodes.def"
#undef OP
    OP_COUNT
} OpCode;

typedef enum OpFormat { F_ABC, F_ABx, F_AsBx, F_sJ } OpFormat;
enum { X = 1, T = 2 };

typedef struct OpInfo {
    const char *name;
    uint8_t format;
    uint8_t flags;
    const char *doc;
} OpInfo;

extern const OpInfo op_info[OP_COUNT];

#define GET_OP(i) ((OpCode)((i) & 0xff))
#define GET_A(i) (((i) >> 8) & 0xff)
#define GET_B(i) (((i) >> 16) & 0xff)
#define GET_C(i) ((i) >> 24)
#define GET_Bx(i) ((i) >> 16)
#define GET_sBx(i) ((int32_t)((i) >> 16) - 32767)
#define GET_sJ(i) ((int32_t)((i) >> 8) - (1 << 23))
#define GET_sB(i) ((int32_t)GET_B(i) - 127)
#define GET_sC(i) ((int32_t)GET_C(i) - 127)

#define MK_ABC(op, a, b, c) \
    ((uint32_t)(op) | ((uint32_t)(a) << 8) | ((uint32_t)(b) << 16) | ((uint32_t)(c) << 24))
#define MK_ABx(op, a, bx) ((uint32_t)(op) | ((uint32_t)(a) << 8) | ((uint32_t)(bx) << 16))
#define MK_AsBx(op, a, sbx) MK_ABx(op, a, (uint32_t)((sbx) + 32767))
#define MK_sJ(op, sj) ((uint32_t)(op) | ((uint32_t)((sj) + (1 << 23)) << 8))

enum {
    MAX_REG = 255,
    MAX_Bx = 65535,
    MAX_sBx = 32768,
    MIN_sBx = -32767,
    MAX_sJ = (1 << 23) - 1,
    MIN_sJ = -(1 << 23),
    MAX_sC = 128,
    MIN_sC = -127,
};

#endif
