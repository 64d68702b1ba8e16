/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Pieces the check files share: the run context, sending through the
 * command layer, and recording outcomes. */
#ifndef CXLMB_CF_INTERNAL_H
#define CXLMB_CF_INTERNAL_H

#include "conform.h"
#include "cxlmb/rc_list.h"

#define CF_IO_CAP 16384u
#define CF_CEL_MAX 1024u

struct cf_ctx {
	const struct cf_target *t;
	const struct cf_options *o;
	struct cxlmb_endpoint *ep;
	uint8_t kind;                 /* CF_T_* */
	struct cxlmb_identify_rsp ident;
	bool have_ident;
	bool cel_ok;                  /* the CEL was read */
	uint32_t ncel;
	struct { uint16_t op, eff; } cel[CF_CEL_MAX];
	uint32_t max_payload;         /* what we ask for at most in one response */
	bool dead;                    /* the device stopped answering */
	bool lenient;                 /* the exchange under way is a discovery read */
	bool tally_refusals;          /* count OS refusals instead of skipping the check */
	unsigned refused;             /* commands the OS refused to pass (tally_refusals) */
	/* the running check */
	struct cf_result *r;
	uint8_t outcome;
	size_t dlen;
};

/* One exchange. */
struct cf_io {
	uint16_t op;         /* what was sent */
	uint16_t rc;
	size_t len;          /* response payload bytes */
	size_t reported_len;
	int err;             /* cxlmb_call's result */
	uint8_t stage;
	uint8_t fail_level;  /* ROUTE: the tunnel level whose answer ended the walk */
	struct cxlmb_endpoint *ep; /* where it was sent */
	_Alignas(8) uint8_t val[CXLMB_CMD_STRUCT_MAX]; /* decoded response (Success) */
	uint8_t buf[CF_IO_CAP];
};

/* Send op with payload (raw bytes, sent even when they do not decode as
 * the request) at ep.  Returns 0 when the device answered: any return code;
 * a Success answer was decoded strictly into io->val.  Non-zero: the check
 * is already marked (fail: the answer does not decode; error: the device
 * stopped answering) and must return. */
int cf_do_at(struct cf_ctx *c, struct cxlmb_endpoint *ep, uint16_t op, const void *in,
	     size_t len, struct cf_io *io);
static inline int cf_do(struct cf_ctx *c, uint16_t op, const void *in, size_t len,
			struct cf_io *io)
{
	return cf_do_at(c, c->ep, op, in, len, io);
}
#define CF_DO(c, op, in, len, io)                         \
	do {                                              \
		if (cf_do(c, op, in, len, io))            \
			return;                           \
	} while (0)
/* Discovery reads: what the device says it supports, or a size to probe
 * against.  The answer is decoded without CXLMB_STRICT (reserved bits and
 * undefined values pass), so a defect in it fails only the check that
 * judges that command, not every check that needed to know something. */
int cf_peek_at(struct cf_ctx *c, struct cxlmb_endpoint *ep, uint16_t op, const void *in,
	       size_t len, struct cf_io *io);
static inline int cf_peek(struct cf_ctx *c, uint16_t op, const void *in, size_t len,
			  struct cf_io *io)
{
	return cf_peek_at(c, c->ep, op, in, len, io);
}
/* cf_peek, requiring Success. */
int cf_peek_ok(struct cf_ctx *c, uint16_t op, const void *in, size_t len, struct cf_io *io,
	       const char *what);
/* Commands the operating system refuses to pass (CXLMB_E_KERNEL_REFUSED:
 * the Linux transport without raw commands) never reached the device: a
 * check that needed one is skipped with the reason, not failed.  Checks
 * that send many commands count them instead (begin/end) and are skipped
 * only when the device answered none. */
void cf_refusals_begin(struct cf_ctx *c);
void cf_refusals_end(struct cf_ctx *c, unsigned answered);
static inline bool cf_refused(const struct cf_io *io)
{
	return io->err == CXLMB_E_KERNEL_REFUSED;
}
/* Send and require Success (Background counts when bg). */
int cf_ok_at(struct cf_ctx *c, struct cxlmb_endpoint *ep, uint16_t op, const void *in,
	     size_t len, struct cf_io *io, const char *what);
static inline int cf_ok(struct cf_ctx *c, uint16_t op, const void *in, size_t len,
			struct cf_io *io, const char *what)
{
	return cf_ok_at(c, c->ep, op, in, len, io, what);
}
#define CF_OK(c, op, in, len, io, what)                     \
	do {                                                \
		if (cf_ok(c, op, in, len, io, what))        \
			return;                             \
	} while (0)

/* Outcomes: the first fail/error decides; details accumulate. */
void cf_fail(struct cf_ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cf_skip(struct cf_ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cf_errorf(struct cf_ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cf_note(struct cf_ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
bool cf_failed(const struct cf_ctx *c);
/* An error answer: rc one of the expected (0-terminated list, Success is
 * never in it) and no output.  Records a failure and returns false if not.
 * The expected codes are narrowed to those in the command's own Possible
 * Command Return Codes list (rc_table.c); a code outside that list fails
 * with the list.  When the list names none of the expected codes (or the
 * command has no list) the expected codes stand as given. */
bool cf_expect_err(struct cf_ctx *c, const struct cf_io *io, const char *what,
		   const uint16_t *rcs);
/* Byte comparison: on a difference, a failure showing the first differing
 * bytes. */
bool cf_expect_bytes(struct cf_ctx *c, const char *what, const uint8_t *want, size_t wlen,
		     const uint8_t *got, size_t glen);
const char *cf_rc_name(uint16_t rc);
/* "Success, Internal Error or Retry Required": the codes of mask. */
void cf_rc_names(uint64_t mask, char *buf, size_t cap);
/* Is rc one op may answer?  By op's list; without one, by the codes every
 * list shares plus those of op's command set (the fallback). */
bool cf_rc_allowed(uint16_t op, uint16_t rc);

/* The CEL as read at start-up. */
bool cf_in_cel(const struct cf_ctx *c, uint16_t op);
uint16_t cf_cel_effects(const struct cf_ctx *c, uint16_t op);
/* Skip (and return true) when op is not in the CEL. */
bool cf_need(struct cf_ctx *c, uint16_t op);
/* Skip (and return true) when destructive checks are not allowed. */
bool cf_need_destructive(struct cf_ctx *c, const struct cf_check *k);

/* A snapshot of state the device reports through commands that the CEL
 * and the specification both list with no effects (timestamps and
 * background status excluded: they move by themselves). */
struct cf_snap {
	uint8_t *bytes;
	size_t len, cap;
};
int cf_snap_take(struct cf_ctx *c, struct cf_snap *s);
void cf_snap_free(struct cf_snap *s);
/* Compare with a fresh snapshot; failure names what changed. */
bool cf_snap_same(struct cf_ctx *c, const struct cf_snap *before, const char *after_what);

/* Little-endian helpers for hand-built requests. */
static inline void cf_put16(uint8_t *p, uint16_t v) { p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); }
static inline void cf_put32(uint8_t *p, uint32_t v)
{
	for (unsigned i = 0; i < 4; i++) p[i] = (uint8_t)(v >> (8 * i));
}
static inline void cf_put64(uint8_t *p, uint64_t v)
{
	for (unsigned i = 0; i < 8; i++) p[i] = (uint8_t)(v >> (8 * i));
}
static inline uint64_t cf_get(const uint8_t *p, unsigned n)
{
	uint64_t v = 0;
	while (n--) v = v << 8 | p[n];
	return v;
}

/* Register reads (only when c->t->mb). */
int cf_reg32(struct cf_ctx *c, uint32_t off, uint32_t *v);
int cf_reg64(struct cf_ctx *c, uint32_t off, uint64_t *v);

/* Wait for the background operation of ep to end (0002h or registers). */
int cf_bg_wait(struct cf_ctx *c, struct cxlmb_endpoint *ep, uint16_t opcode,
	       struct cxlmb_bg_status *st);

/* A valid request for op (a small, effect-free question where the
 * command takes input), or false when the suite has none. */
bool cf_request_for(uint16_t op, const uint8_t **req, size_t *len);

/* Area tables. */
#define CF_AREA(name)                               \
	extern const struct cf_check cf_checks_##name[]; \
	extern const size_t cf_nchecks_##name
CF_AREA(regs);
CF_AREA(cel);
CF_AREA(cmd);
CF_AREA(err);
CF_AREA(bnd);
CF_AREA(state);
CF_AREA(fm);

#define CF_N(a) (sizeof(a) / sizeof((a)[0]))

#endif
