/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Sending through the command layer, recording outcomes, the CEL, state
 * snapshots and register reads for the checks. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cf_internal.h"

const char *cf_rc_name(uint16_t rc)
{
	return cxlmb_mbox_rc_name(rc);
}

void cf_rc_names(uint64_t mask, char *buf, size_t cap)
{
	size_t n = 0;
	unsigned left = 0;
	if (cap)
		buf[0] = 0;
	for (unsigned rc = 0; rc <= CXLMB_RC_LAST; rc++)
		left += (mask & CXLMB_RC_BIT(rc)) != 0;
	for (unsigned rc = 0; rc <= CXLMB_RC_LAST && n < cap; rc++) {
		if (!(mask & CXLMB_RC_BIT(rc)))
			continue;
		left--;
		n += (size_t)snprintf(buf + n, cap - n, "%s%s", cf_rc_name((uint16_t)rc),
				      !left ? "" : left == 1 ? " or " : ", ");
	}
}

/* The fallback where the specification text gives op no list (vendor
 * opcodes): the codes every list shares, plus its command set's own. */
static bool generic_rc(uint16_t op, uint16_t rc)
{
	switch (rc) {
	case CXLMB_RC_SUCCESS:
	case CXLMB_RC_BACKGROUND:
	case CXLMB_RC_INVALID_INPUT:
	case CXLMB_RC_UNSUPPORTED:
	case CXLMB_RC_INTERNAL:
	case CXLMB_RC_RETRY:
	case CXLMB_RC_BUSY:
	case CXLMB_RC_INVALID_PAYLOAD_LEN:
		return true;
	case CXLMB_RC_MEDIA_DISABLED:
	case CXLMB_RC_INVALID_SECURITY_STATE:
		return op >= 0x4000 && op < 0x5000;
	case CXLMB_RC_INVALID_LOG:
		return op >= 0x0400 && op < 0x0500;
	case CXLMB_RC_INVALID_PADDR:
		return op >= 0x4300 && op < 0x4400;
	default:
		return false;
	}
}

bool cf_rc_allowed(uint16_t op, uint16_t rc)
{
	const struct cxlmb_rc_list *row = cxlmb_rc_list_find(op);
	return row ? cxlmb_rc_listed(row, rc) != 0 : generic_rc(op, rc);
}

__attribute__((format(printf, 2, 0)))
static void vnote(struct cf_ctx *c, const char *fmt, va_list ap)
{
	size_t cap = sizeof(c->r->detail);
	int n;
	if (c->dlen + 3 >= cap)
		return;
	if (c->dlen) {
		memcpy(c->r->detail + c->dlen, "; ", 2);
		c->dlen += 2;
	}
	n = vsnprintf(c->r->detail + c->dlen, cap - c->dlen, fmt, ap);
	if (n > 0)
		c->dlen += (size_t)n < cap - c->dlen ? (size_t)n : cap - c->dlen - 1;
}

void cf_note(struct cf_ctx *c, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vnote(c, fmt, ap);
	va_end(ap);
}

void cf_fail(struct cf_ctx *c, const char *fmt, ...)
{
	va_list ap;
	if (c->outcome != CF_ERROR)
		c->outcome = CF_FAIL;
	va_start(ap, fmt);
	vnote(c, fmt, ap);
	va_end(ap);
}

void cf_errorf(struct cf_ctx *c, const char *fmt, ...)
{
	va_list ap;
	c->outcome = CF_ERROR;
	va_start(ap, fmt);
	vnote(c, fmt, ap);
	va_end(ap);
}

void cf_skip(struct cf_ctx *c, const char *fmt, ...)
{
	va_list ap;
	if (c->outcome == CF_PASS)
		c->outcome = CF_SKIP;
	va_start(ap, fmt);
	vnote(c, fmt, ap);
	va_end(ap);
}

bool cf_failed(const struct cf_ctx *c)
{
	return c->outcome == CF_FAIL || c->outcome == CF_ERROR;
}

/* Transport errors that mean nothing more can be asked of the device. */
static bool fatal_transport(int err)
{
	return err == CXLMB_E_TIMEOUT || err == CXLMB_E_DOORBELL_BUSY || err == CXLMB_E_BACKEND ||
	       err == CXLMB_E_MBOX_NOT_READY;
}

int cf_do_at(struct cf_ctx *c, struct cxlmb_endpoint *ep, uint16_t op, const void *in,
	     size_t len, struct cf_io *io)
{
	struct cxlmb_call call;
	int err;

	memset(io, 0, offsetof(struct cf_io, val));
	io->ep = ep;
	io->op = op;
	if (c->dead) {
		cf_errorf(c, "not run: the device stopped answering earlier");
		return -1;
	}
	if (!cxlmb_cmd_find(op)) {
		/* not in the catalog: nothing to decode against, send it as is */
		struct cxlmb_request rq = { op, in, len };
		struct cxlmb_response rs = { .buf = io->buf, .cap = sizeof(io->buf) };
		err = cxlmb_ep_send(ep, &rq, &rs, NULL);
		io->rc = rs.rc;
		io->len = rs.len;
		io->reported_len = rs.reported_len;
		io->fail_level = rs.fail_level;
		io->err = err;
		io->stage = err ? CXLMB_STAGE_TRANSPORT : CXLMB_STAGE_DONE;
	} else {
		memset(&call, 0, sizeof(call));
		call.opcode = op;
		call.req_bytes = in;
		call.req_len = len;
		call.call_flags = CXLMB_CALL_RAW;
		call.flags = c->lenient ? 0 : CXLMB_STRICT;
		call.rsp_val = io->val;
		call.rsp.buf = io->buf;
		call.rsp.cap = sizeof(io->buf);
		err = cxlmb_call(ep, &call);
		io->rc = call.rsp.rc;
		io->len = call.rsp.len;
		io->reported_len = call.rsp.reported_len;
		io->fail_level = call.rsp.fail_level;
		io->err = err;
		io->stage = call.stage;
		if (err == CXLMB_E_DEVICE_RC)
			err = 0;
	}
	if (!err)
		return 0;
	if (io->stage == CXLMB_STAGE_RESPONSE) {
		cf_fail(c, "%04Xh: the %zu-byte response does not decode strictly (%s)", op, io->len,
			cxlmb_strerror(err));
		return -1;
	}
	if (err == CXLMB_E_KERNEL_REFUSED) {
		c->refused++;
		if (!c->tally_refusals)
			cf_skip(c, "%04Xh: the operating system refused to pass it, the device was not "
				   "asked", op);
		return -1;
	}
	if (err == CXLMB_E_ROUTE) {
		cf_fail(c, "%04Xh: tunnel level %u answered %s", op, io->fail_level, cf_rc_name(io->rc));
		return -1;
	}
	if (fatal_transport(err)) {
		c->dead = true;
		cf_errorf(c, "%04Xh: the device stopped answering (%s)", op, cxlmb_strerror(err));
		return -1;
	}
	cf_fail(c, "%04Xh: %s", op, cxlmb_strerror(err));
	return -1;
}

void cf_refusals_begin(struct cf_ctx *c)
{
	c->tally_refusals = true;
	c->refused = 0;
}

void cf_refusals_end(struct cf_ctx *c, unsigned answered)
{
	c->tally_refusals = false;
	if (!c->refused)
		return;
	if (!answered)
		cf_skip(c, "the operating system refused to pass all %u commands, the device was not "
			   "asked", c->refused);
	else
		cf_note(c, "%u commands the operating system refused to pass were not asked",
			c->refused);
}

int cf_peek_at(struct cf_ctx *c, struct cxlmb_endpoint *ep, uint16_t op, const void *in,
	       size_t len, struct cf_io *io)
{
	bool was = c->lenient;
	int r;
	c->lenient = true;
	r = cf_do_at(c, ep, op, in, len, io);
	c->lenient = was;
	return r;
}

int cf_peek_ok(struct cf_ctx *c, uint16_t op, const void *in, size_t len, struct cf_io *io,
	       const char *what)
{
	bool was = c->lenient;
	int r;
	c->lenient = true;
	r = cf_ok(c, op, in, len, io, what);
	c->lenient = was;
	return r;
}

int cf_ok_at(struct cf_ctx *c, struct cxlmb_endpoint *ep, uint16_t op, const void *in,
	     size_t len, struct cf_io *io, const char *what)
{
	if (cf_do_at(c, ep, op, in, len, io))
		return -1;
	if (io->rc == CXLMB_RC_SUCCESS || io->rc == CXLMB_RC_BACKGROUND)
		return 0;
	cf_fail(c, "%s (%04Xh): expected Success, got %s", what, op, cf_rc_name(io->rc));
	return -1;
}

bool cf_expect_err(struct cf_ctx *c, const struct cf_io *io, const char *what, const uint16_t *rcs)
{
	const struct cxlmb_rc_list *row = cxlmb_rc_list_find(io->op);
	uint64_t intent = 0, want;
	char names[400];

	for (const uint16_t *p = rcs; *p; p++)
		intent |= *p <= CXLMB_RC_LAST ? CXLMB_RC_BIT(*p) : 0;
	/* the probe's reading of the text, narrowed to the command's list */
	want = row && (intent & row->codes) ? intent & row->codes : intent;
	if (io->rc > CXLMB_RC_LAST || !(want & CXLMB_RC_BIT(io->rc))) {
		cf_rc_names(want, names, sizeof(names));
		if (row && !cxlmb_rc_listed(row, io->rc))
			cf_fail(c, "%s: expected one of %s, got %s (%04Xh), which %04Xh's Possible "
				   "Command Return Codes (%s) do not list", what, names,
				cf_rc_name(io->rc), io->rc, io->op, row->ref);
		else
			cf_fail(c, "%s: expected %s, got %s%s", what, names, cf_rc_name(io->rc),
				io->rc == CXLMB_RC_SUCCESS ? " (invented an answer)" : "");
		return false;
	}
	/* an error answer carries no output (r3.2 §8.2.8.4.5): a message
	 * shows its length; a mailbox's Command register holds it */
	if (io->reported_len) {
		cf_fail(c, "%s: error answer with %zu bytes of output, expected 0", what,
			io->reported_len);
		return false;
	}
	if (c->t->mb && io->ep == cxlmb_ep_root(c->t->ep) && io->ep == c->t->ep) {
		uint64_t cmd;
		if (cf_reg64(c, c->t->mb->cfg.mbox_off + CXLMB_MBOX_CMD, &cmd) == 0) {
			uint64_t olen = (cmd >> CXLMB_MBOX_CMD_LEN_SHIFT) & CXLMB_MBOX_CMD_LEN_MASK;
			if (olen) {
				cf_fail(c, "%s: error answer with output length %llu in the Command "
					   "register, expected 0", what, (unsigned long long)olen);
				return false;
			}
		}
	}
	return true;
}

bool cf_expect_bytes(struct cf_ctx *c, const char *what, const uint8_t *want, size_t wlen,
		     const uint8_t *got, size_t glen)
{
	size_t i, n = wlen < glen ? wlen : glen;
	for (i = 0; i < n && want[i] == got[i]; i++)
		;
	if (i == n && wlen == glen)
		return true;
	if (i == n) {
		cf_fail(c, "%s: expected %zu bytes, got %zu", what, wlen, glen);
		return false;
	}
	{
		char e[3 * 8 + 1] = "", g[3 * 8 + 1] = "";
		for (size_t k = 0; k < 8 && i + k < n; k++) {
			snprintf(e + 3 * k, 4, "%02x ", want[i + k]);
			snprintf(g + 3 * k, 4, "%02x ", got[i + k]);
		}
		cf_fail(c, "%s: differ at byte %zu: expected %sgot %s", what, i, e, g);
	}
	return false;
}

bool cf_in_cel(const struct cf_ctx *c, uint16_t op)
{
	for (uint32_t i = 0; i < c->ncel; i++)
		if (c->cel[i].op == op)
			return true;
	return false;
}

uint16_t cf_cel_effects(const struct cf_ctx *c, uint16_t op)
{
	for (uint32_t i = 0; i < c->ncel; i++)
		if (c->cel[i].op == op)
			return c->cel[i].eff;
	return 0;
}

bool cf_need(struct cf_ctx *c, uint16_t op)
{
	if (cf_in_cel(c, op))
		return false;
	cf_skip(c, "%04Xh is not in the CEL", op);
	return true;
}

bool cf_need_destructive(struct cf_ctx *c, const struct cf_check *k)
{
	if (!k->destroys || c->o->destructive)
		return false;
	cf_skip(c, "needs --destructive (%s)", k->destroys);
	return true;
}

int cf_reg32(struct cf_ctx *c, uint32_t off, uint32_t *v)
{
	const struct cxlmb_mbox *mb = c->t->mb;
	if (mb->ops->read32(mb->ctx, off, v)) {
		cf_errorf(c, "register read at %xh failed", off);
		return -1;
	}
	return 0;
}

int cf_reg64(struct cf_ctx *c, uint32_t off, uint64_t *v)
{
	const struct cxlmb_mbox *mb = c->t->mb;
	if (mb->ops->read64(mb->ctx, off, v)) {
		cf_errorf(c, "register read at %xh failed", off);
		return -1;
	}
	return 0;
}

int cf_bg_wait(struct cf_ctx *c, struct cxlmb_endpoint *ep, uint16_t opcode,
	       struct cxlmb_bg_status *st)
{
	/* generous: a real scan or sanitize of a small device */
	int err = cxlmb_ep_bg_wait(ep, opcode, 120ull * 1000000000ull, st);
	if (err == CXLMB_E_OK)
		return 0;
	if (err == CXLMB_E_BG_TIMEOUT)
		cf_fail(c, "%04Xh: the background operation did not complete (stopped at %u%%)",
			opcode, st->percent);
	else if (err == CXLMB_E_BG_INCONSISTENT)
		cf_fail(c, "%04Xh: background status ended inconsistent: opcode %04Xh at %u%%, %s",
			opcode, st->opcode, st->percent, cf_rc_name(st->rc));
	else if (fatal_transport(err)) {
		c->dead = true;
		cf_errorf(c, "the device stopped answering (%s)", cxlmb_strerror(err));
	} else
		cf_fail(c, "background status: %s", cxlmb_strerror(err));
	return -1;
}

/* ---- snapshots ---- */

/* Readers: (opcode, request) pairs, each sent when the CEL lists it. */
struct reader {
	uint16_t op;
	uint8_t len;
	uint8_t req[24];
};
static const struct reader readers[] = {
	{ 0x0003, 0, { 0 } },
	{ 0x0100, 1, { 0 } }, { 0x0100, 1, { 1 } }, { 0x0100, 1, { 2 } }, { 0x0100, 1, { 3 } },
	{ 0x0200, 0, { 0 } },
	{ 0x0400, 0, { 0 } },
	{ 0x4000, 0, { 0 } },
	{ 0x4100, 0, { 0 } },
	{ 0x4102, 8, { 0, 0, 0, 0, 64, 0, 0, 0 } },
	{ 0x4200, 0, { 0 } },
	{ 0x4201, 0, { 0 } },
	{ 0x4203, 0, { 0 } },
	{ 0x4300, 16, { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x40, 0, 0, 0, 0, 0 } }, /* 256 MiB */
	{ 0x4500, 0, { 0 } },
	{ 0x4801, 8, { 8, 0, 0, 0, 0, 0, 0, 0 } },
	{ 0x5100, 0, { 0 } },
	{ 0x5200, 4, { 0, 8, 1, 0 } },
	{ 0x5400, 0, { 0 } },
	{ 0x5401, 2, { 0, 16 } },
	{ 0x5403, 0, { 0 } },
};

static int snap_add(struct cf_snap *s, const void *p, size_t n)
{
	if (s->len + n > s->cap) {
		size_t cap = (s->len + n) * 2 + 256;
		uint8_t *b = realloc(s->bytes, cap);
		if (!b)
			return -1;
		s->bytes = b;
		s->cap = cap;
	}
	memcpy(s->bytes + s->len, p, n);
	s->len += n;
	return 0;
}

int cf_snap_take(struct cf_ctx *c, struct cf_snap *s)
{
	static struct cf_io io; /* large: kept off the stack */
	bool tally = c->tally_refusals;
	unsigned refused = c->refused;
	int r = 0;
	s->len = 0;
	/* a reader the OS will not pass shows nothing, the same each time */
	c->tally_refusals = true;
	for (size_t i = 0; i < CF_N(readers) && !r; i++) {
		const struct reader *rd = &readers[i];
		uint8_t hdr[8];
		if (!cf_in_cel(c, rd->op))
			continue;
		if (cf_peek(c, rd->op, rd->req, rd->len, &io)) {
			if (!cf_refused(&io)) {
				r = -1;
				break;
			}
			io.rc = 0xFFFF;
			io.len = 0;
		}
		cf_put16(hdr, rd->op);
		cf_put16(hdr + 2, io.rc);
		cf_put32(hdr + 4, (uint32_t)io.len);
		if (snap_add(s, hdr, 8) || snap_add(s, io.buf, io.len))
			r = -1;
	}
	c->tally_refusals = tally;
	c->refused = refused;
	return r;
}

void cf_snap_free(struct cf_snap *s)
{
	free(s->bytes);
	s->bytes = NULL;
	s->len = s->cap = 0;
}

bool cf_snap_same(struct cf_ctx *c, const struct cf_snap *before, const char *after_what)
{
	struct cf_snap now = { 0 };
	size_t pos = 0;
	bool same;

	if (cf_snap_take(c, &now)) {
		cf_snap_free(&now);
		return false;
	}
	same = now.len == before->len && memcmp(now.bytes, before->bytes, now.len) == 0;
	if (!same) {
		/* name the reader whose answer changed */
		while (pos + 8 <= before->len && pos + 8 <= now.len) {
			uint32_t l1 = (uint32_t)cf_get(before->bytes + pos + 4, 4);
			uint32_t l2 = (uint32_t)cf_get(now.bytes + pos + 4, 4);
			if (l1 != l2 || memcmp(before->bytes + pos, now.bytes + pos, 8 + l1)) {
				char what[96];
				snprintf(what, sizeof(what), "after %s, %04Xh reads", after_what,
					 (unsigned)cf_get(before->bytes + pos, 2));
				cf_expect_bytes(c, what, before->bytes + pos + 8, l1,
						now.bytes + pos + 8, l2);
				break;
			}
			pos += 8 + l1;
		}
		if (!cf_failed(c))
			cf_fail(c, "after %s, the device's state changed", after_what);
	}
	cf_snap_free(&now);
	return same;
}
