/* Error codes shared by every layer of the core.  Each has a stable name
 * (cxlmb_strerror) so tools and tests can print exactly what went wrong. */
#ifndef CXLMB_ERROR_H
#define CXLMB_ERROR_H

#include "env.h"

/* X-macro: one place lists the code, its name and a one-line meaning. */
#define CXLMB_ERRORS(X)                                                              \
	X(OK, "success")                                                             \
	/* codec */                                                                  \
	X(TRUNCATED, "payload shorter than the command's fixed layout")              \
	X(OVERSIZE, "payload longer than the command's layout")                      \
	X(RESERVED_SET, "a reserved field or bit is non-zero")                       \
	X(BAD_ENUM, "a field holds a value the specification does not define")       \
	X(COUNT_MISMATCH, "an entry count disagrees with the bytes present")         \
	X(VALUE_RANGE, "a value does not fit its field")                             \
	X(BUF_TOO_SMALL, "the output buffer is too small")                           \
	X(INVALID_ARG, "invalid argument")                                           \
	X(UNKNOWN_OPCODE, "opcode is not in the catalog")                            \
	X(NO_CODEC, "command has no typed codec (opaque payload)")                   \
	X(BAD_LENGTH, "a length field disagrees with its container")                 \
	X(DEPTH, "nesting deeper than the compile-time bound")                       \
	X(BAD_CATEGORY, "CCI message category is not the one expected")              \
	X(TAG_MISMATCH, "response does not match the request (tag/opcode)")          \
	X(ALIGNMENT, "a field is not aligned as the specification requires")         \
	/* discovery */                                                              \
	X(NOT_FOUND, "the requested register block or capability is absent")        \
	X(BAD_CAP_CHAIN, "malformed PCIe extended capability chain")                 \
	X(BAD_DVSEC, "malformed Register Locator DVSEC")                             \
	X(BAD_CAP_ARRAY, "malformed Device Capabilities Array")                      \
	X(OUT_OF_RANGE, "an offset or length points outside its region")             \
	/* transport */                                                              \
	X(BACKEND, "register backend reported a failure")                            \
	X(MBOX_NOT_READY, "mailbox interface never became ready")                    \
	X(BAD_PAYLOAD_SIZE, "mailbox capabilities report an invalid payload size")   \
	X(DOORBELL_BUSY, "doorbell already set before the command was issued")       \
	X(TIMEOUT, "device did not clear the doorbell in time")                      \
	X(INPUT_TOO_LARGE, "input payload exceeds the mailbox payload size")         \
	X(OUTPUT_TOO_LARGE, "device reported an output length beyond the payload area") \
	X(OUTPUT_TRUNCATED, "device output exceeds the caller's buffer; copy truncated") \
	X(BG_RUNNING, "a background operation is already running")                   \
	X(BG_TIMEOUT, "background operation did not complete in time")               \
	X(NO_BG, "no background operation is running")                               \
	X(DEVICE_RC, "device returned a non-success return code")                    \
	/* command layer */                                                          \
	X(DENIED, "refused by the command policy; nothing was sent")                 \
	X(ROUTE, "a tunnel level above the target answered an error")                \
	X(BG_INCONSISTENT, "background status ended without 100% or for another opcode") \
	/* hosted transports */                                                      \
	X(KERNEL_REFUSED, "the operating system refused or failed the command: no device answer")

enum cxlmb_err {
#define CXLMB_ERR_ENUM(n, s) CXLMB_E_##n,
	CXLMB_ERRORS(CXLMB_ERR_ENUM)
#undef CXLMB_ERR_ENUM
	CXLMB_E_COUNT_
};

/* Name of an error code ("TRUNCATED"), or "UNKNOWN_ERROR". */
const char *cxlmb_strerror(int err);
/* One-line human meaning of an error code. */
const char *cxlmb_errdesc(int err);

#endif
