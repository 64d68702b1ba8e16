/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Error codes shared by every layer of the core.  Each has a stable name
 * (cxlmb_strerror) so tools and tests can print exactly what went wrong. */
#ifndef CXLMB_ERROR_H
#define CXLMB_ERROR_H

#include "env.h"

#ifdef __cplusplus
extern "C" {
#endif

/* X-macro: one place lists each code's number, name and one-line meaning.
 * The numbers are part of the ABI (docs/embedding.md): a code keeps its
 * number forever; a new code takes the next unused one, never a gap or a
 * reused number.  error.c fails to compile on a duplicate or a gap. */
#define CXLMB_ERRORS(X)                                                                      \
	X( 0, OK, "success")                                                                 \
	/* codec */                                                                          \
	X( 1, TRUNCATED, "payload shorter than the command's fixed layout")                  \
	X( 2, OVERSIZE, "payload longer than the command's layout")                          \
	X( 3, RESERVED_SET, "a reserved field or bit is non-zero")                           \
	X( 4, BAD_ENUM, "a field holds a value the specification does not define")           \
	X( 5, COUNT_MISMATCH, "an entry count disagrees with the bytes present")             \
	X( 6, VALUE_RANGE, "a value does not fit its field")                                 \
	X( 7, BUF_TOO_SMALL, "the output buffer is too small")                               \
	X( 8, INVALID_ARG, "invalid argument")                                               \
	X( 9, UNKNOWN_OPCODE, "opcode is not in the catalog")                                \
	X(10, NO_CODEC, "command has no typed codec (opaque payload)")                       \
	X(11, BAD_LENGTH, "a length field disagrees with its container")                     \
	X(12, DEPTH, "nesting deeper than the compile-time bound")                           \
	X(13, BAD_CATEGORY, "CCI message category is not the one expected")                  \
	X(14, TAG_MISMATCH, "response does not match the request (tag/opcode)")              \
	X(15, ALIGNMENT, "a field is not aligned as the specification requires")             \
	/* discovery */                                                                      \
	X(16, NOT_FOUND, "the requested register block or capability is absent")             \
	X(17, BAD_CAP_CHAIN, "malformed PCIe extended capability chain")                     \
	X(18, BAD_DVSEC, "malformed Register Locator DVSEC")                                 \
	X(19, BAD_CAP_ARRAY, "malformed Device Capabilities Array")                          \
	X(20, OUT_OF_RANGE, "an offset or length points outside its region")                 \
	/* transport */                                                                      \
	X(21, BACKEND, "register backend reported a failure")                                \
	X(22, MBOX_NOT_READY, "mailbox interface never became ready")                        \
	X(23, BAD_PAYLOAD_SIZE, "mailbox capabilities report an invalid payload size")       \
	X(24, DOORBELL_BUSY, "doorbell already set before the command was issued")           \
	X(25, TIMEOUT, "device did not clear the doorbell in time")                          \
	X(26, INPUT_TOO_LARGE, "input payload exceeds the mailbox payload size")             \
	X(27, OUTPUT_TOO_LARGE, "device reported an output length beyond the payload area")  \
	X(28, OUTPUT_TRUNCATED, "device output exceeds the caller's buffer; copy truncated") \
	X(29, BG_RUNNING, "a background operation is already running")                       \
	X(30, BG_TIMEOUT, "background operation did not complete in time")                   \
	X(31, NO_BG, "no background operation is running")                                   \
	X(32, DEVICE_RC, "device returned a non-success return code")                        \
	/* command layer */                                                                  \
	X(33, DENIED, "refused by the command policy; nothing was sent")                     \
	X(34, ROUTE, "a tunnel level above the target answered an error")                    \
	X(35, BG_INCONSISTENT, "background status ended without 100% or for another opcode") \
	/* hosted transports */                                                              \
	X(36, KERNEL_REFUSED, "the operating system refused or failed the command: no device answer")

enum cxlmb_err {
#define CXLMB_ERR_ENUM(num, n, s) CXLMB_E_##n = (num),
	CXLMB_ERRORS(CXLMB_ERR_ENUM)
#undef CXLMB_ERR_ENUM
	/* one past the largest code (the codes are dense from 0) */
#define CXLMB_ERR_ONE(num, n, s) +1
	CXLMB_E_COUNT_ = 0 CXLMB_ERRORS(CXLMB_ERR_ONE)
#undef CXLMB_ERR_ONE
};

/* Name of an error code ("TRUNCATED"), or "UNKNOWN_ERROR". */
const char *cxlmb_strerror(int err);
/* One-line human meaning of an error code. */
const char *cxlmb_errdesc(int err);

#ifdef __cplusplus
}
#endif

#endif
