/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Registers: the Device Capabilities Array, the mailbox registers and the
 * doorbell protocol (CXL r3.2 §8.2.8), read through the target's backend. */
#include <string.h>

#include "cf_internal.h"

#define CAPS_MAX 32u

struct caps {
	uint16_t count;
	uint8_t version;
	struct { uint16_t id; uint8_t ver; uint32_t off, len; } h[CAPS_MAX];
};

/* Array register at 00h (r3.2 §8.2.8.1) and the headers after it (§8.2.8.2). */
static int read_caps(struct cf_ctx *c, struct caps *cp)
{
	uint64_t a;
	if (cf_reg64(c, 0, &a))
		return -1;
	if ((a & 0xFFFF) != 0) {
		cf_fail(c, "Device Capabilities Array: Capability ID %04llXh, expected 0000h",
			(unsigned long long)(a & 0xFFFF));
		return -1;
	}
	cp->version = (uint8_t)(a >> 16);
	cp->count = (uint16_t)(a >> 32);
	if (cp->count > CAPS_MAX)
		cp->count = CAPS_MAX;
	for (unsigned i = 0; i < cp->count; i++) {
		uint32_t w0, off, len;
		uint32_t base = 0x10u * (i + 1);
		if (cf_reg32(c, base, &w0) || cf_reg32(c, base + 4, &off) || cf_reg32(c, base + 8, &len))
			return -1;
		cp->h[i].id = (uint16_t)w0;
		cp->h[i].ver = (uint8_t)(w0 >> 16);
		cp->h[i].off = off;
		cp->h[i].len = len;
	}
	return 0;
}

static void c_array_id(struct cf_ctx *c, const struct cf_check *k)
{
	struct caps cp;
	(void)k;
	if (read_caps(c, &cp))
		return;
	if (cp.version < 1)
		cf_fail(c, "array Version %u, expected 1 or more", cp.version);
	if (cp.count == 0)
		cf_fail(c, "Capabilities Count 0: no capability is described");
	for (unsigned i = 0; i < cp.count; i++)
		if (cp.h[i].ver == 0)
			cf_fail(c, "capability %04Xh: Version 0", cp.h[i].id);
}

static void c_in_block(struct cf_ctx *c, const struct cf_check *k)
{
	struct caps cp;
	(void)k;
	if (read_caps(c, &cp))
		return;
	for (unsigned i = 0; i < cp.count; i++) {
		uint64_t end = (uint64_t)cp.h[i].off + cp.h[i].len;
		if (cp.h[i].len == 0)
			cf_fail(c, "capability %04Xh: length 0", cp.h[i].id);
		if (cp.h[i].off < 0x10u * (cp.count + 1u))
			cf_fail(c, "capability %04Xh at %xh overlaps the capability headers (end %xh)",
				cp.h[i].id, cp.h[i].off, 0x10u * (cp.count + 1u));
		if (c->t->regs_len && end > c->t->regs_len)
			cf_fail(c, "capability %04Xh: %xh+%xh ends past the %xh-byte register block",
				cp.h[i].id, cp.h[i].off, cp.h[i].len, c->t->regs_len);
	}
	if (!c->t->regs_len && !cf_failed(c))
		cf_note(c, "block length unknown: only the lower bound was checked");
}

static void c_no_overlap(struct cf_ctx *c, const struct cf_check *k)
{
	struct caps cp;
	(void)k;
	if (read_caps(c, &cp))
		return;
	for (unsigned i = 0; i < cp.count; i++)
		for (unsigned j = i + 1; j < cp.count; j++) {
			uint64_t a0 = cp.h[i].off, a1 = a0 + cp.h[i].len;
			uint64_t b0 = cp.h[j].off, b1 = b0 + cp.h[j].len;
			if (a0 < b1 && b0 < a1)
				cf_fail(c, "capabilities %04Xh (%llxh-%llxh) and %04Xh (%llxh-%llxh) overlap",
					cp.h[i].id, (unsigned long long)a0, (unsigned long long)a1,
					cp.h[j].id, (unsigned long long)b0, (unsigned long long)b1);
		}
}

static void c_required(struct cf_ctx *c, const struct cf_check *k)
{
	struct caps cp;
	bool st = false, mbox = false, md = false;
	(void)k;
	if (read_caps(c, &cp))
		return;
	for (unsigned i = 0; i < cp.count; i++) {
		for (unsigned j = i + 1; j < cp.count; j++)
			if (cp.h[i].id == cp.h[j].id && cp.h[i].id < 0x8000)
				cf_fail(c, "capability %04Xh is described twice", cp.h[i].id);
		st |= cp.h[i].id == 0x0001;
		md |= cp.h[i].id == 0x4000;
		if (cp.h[i].id == 0x0002) {
			mbox = true;
			if (cp.h[i].off != c->t->mb->cfg.mbox_off)
				cf_fail(c, "Primary Mailbox at %xh, but the transport uses %xh",
					cp.h[i].off, c->t->mb->cfg.mbox_off);
		}
	}
	if (!st)
		cf_fail(c, "no Device Status capability (0001h)");
	if (!mbox)
		cf_fail(c, "no Primary Mailbox capability (0002h)");
	if (c->kind == CF_T_TYPE3 && !md)
		cf_fail(c, "no Memory Device Status capability (4000h) on a memory device");
}

static void c_payload_size(struct cf_ctx *c, const struct cf_check *k)
{
	struct caps cp;
	uint32_t caps, n;
	(void)k;
	if (cf_reg32(c, c->t->mb->cfg.mbox_off + CXLMB_MBOX_CAPS, &caps) || read_caps(c, &cp))
		return;
	n = caps & CXLMB_MBOX_CAPS_PAYLOAD_SHIFT_MASK;
	if (n < 8 || n > 20) {
		cf_fail(c, "Payload Size %u (2^%u bytes), expected 8..20 (256 B..1 MiB)", n, n);
		return;
	}
	for (unsigned i = 0; i < cp.count; i++)
		if (cp.h[i].id == 0x0002 && cp.h[i].len < 0x20u + (1u << n))
			cf_fail(c, "Primary Mailbox length %xh cannot hold the registers and a %u-byte "
				   "payload (%xh)", cp.h[i].len, 1u << n, 0x20u + (1u << n));
}

/* Ring the doorbell by hand with Identify (or an opcode) and wait. */
static int ring(struct cf_ctx *c, uint16_t op, uint64_t *cmd_out, uint64_t *status)
{
	const struct cxlmb_mbox *mb = c->t->mb;
	uint32_t base = mb->cfg.mbox_off, ctrl = 0;
	uint64_t t0 = mb->ops->now_ns ? mb->ops->now_ns(mb->ctx) : 0, limit = 2000000000ull;

	if (cf_reg32(c, base + CXLMB_MBOX_CTRL, &ctrl))
		return -1;
	if (ctrl & CXLMB_MBOX_CTRL_DOORBELL) {
		c->dead = true;
		cf_errorf(c, "the doorbell is already set: the device never finished the last command");
		return -1;
	}
	if (mb->ops->write64(mb->ctx, base + CXLMB_MBOX_CMD, op) ||
	    mb->ops->write32(mb->ctx, base + CXLMB_MBOX_CTRL, CXLMB_MBOX_CTRL_DOORBELL)) {
		cf_errorf(c, "register write failed");
		return -1;
	}
	for (unsigned spin = 0;; spin++) {
		uint64_t now;
		if (cf_reg32(c, base + CXLMB_MBOX_CTRL, &ctrl))
			return -1;
		if (!(ctrl & CXLMB_MBOX_CTRL_DOORBELL))
			break;
		now = mb->ops->now_ns ? mb->ops->now_ns(mb->ctx) : spin * 1000ull;
		if (now - t0 > limit) {
			cf_fail(c, "the doorbell was still set %llu ms after it was rung (%04Xh)",
				(unsigned long long)(limit / 1000000), op);
			c->dead = true;
			return -1;
		}
		if (mb->ops->delay_ns)
			mb->ops->delay_ns(mb->ctx, 1000);
	}
	if (cf_reg64(c, base + CXLMB_MBOX_CMD, cmd_out) || cf_reg64(c, base + CXLMB_MBOX_STATUS, status))
		return -1;
	return 0;
}

static void c_doorbell(struct cf_ctx *c, const struct cf_check *k)
{
	uint64_t cmd, st;
	(void)k;
	ring(c, 0x0001, &cmd, &st);
}

/* The opcode no CEL lists: first unlisted one in the generic range. */
static uint16_t unlisted(const struct cf_ctx *c)
{
	for (uint16_t op = 0x0006; op < 0x00FF; op++)
		if (!cf_in_cel(c, op) && !cxlmb_cmd_find(op))
			return op;
	return 0x00FF;
}

static void c_status_rc(struct cf_ctx *c, const struct cf_check *k)
{
	uint64_t cmd, st;
	uint16_t op = unlisted(c);
	(void)k;
	if (ring(c, 0x0001, &cmd, &st))
		return;
	if ((uint16_t)(st >> 32) != CXLMB_RC_SUCCESS)
		cf_fail(c, "Mailbox Status Return Code after Identify: expected Success, got %s",
			cf_rc_name((uint16_t)(st >> 32)));
	if (ring(c, op, &cmd, &st))
		return;
	if ((uint16_t)(st >> 32) != CXLMB_RC_UNSUPPORTED)
		cf_fail(c, "Mailbox Status Return Code after unlisted %04Xh: expected Unsupported, got %s",
			op, cf_rc_name((uint16_t)(st >> 32)));
}

static void c_output_len(struct cf_ctx *c, const struct cf_check *k)
{
	uint64_t cmd, st, len;
	(void)k;
	if (ring(c, 0x0001, &cmd, &st))
		return;
	len = (cmd >> CXLMB_MBOX_CMD_LEN_SHIFT) & CXLMB_MBOX_CMD_LEN_MASK;
	if (len > c->t->mb->payload_size)
		cf_fail(c, "Identify output length %llu exceeds the %u-byte payload area",
			(unsigned long long)len, c->t->mb->payload_size);
	else if (len != CXLMB_IDENTIFY_RSP_LEN)
		cf_fail(c, "Identify output length %llu, expected %u", (unsigned long long)len,
			CXLMB_IDENTIFY_RSP_LEN);
	if ((cmd & 0xFFFF) != 0x0001)
		cf_fail(c, "the Command register's opcode changed to %04llXh",
			(unsigned long long)(cmd & 0xFFFF));
}

static void c_error_len(struct cf_ctx *c, const struct cf_check *k)
{
	uint64_t cmd, st, len;
	uint16_t op = unlisted(c);
	(void)k;
	if (ring(c, op, &cmd, &st))
		return;
	len = (cmd >> CXLMB_MBOX_CMD_LEN_SHIFT) & CXLMB_MBOX_CMD_LEN_MASK;
	if ((uint16_t)(st >> 32) != CXLMB_RC_SUCCESS && len)
		cf_fail(c, "unlisted %04Xh answered %s with output length %llu, expected 0", op,
			cf_rc_name((uint16_t)(st >> 32)), (unsigned long long)len);
}

/* Memory Device Status (r3.2 §8.2.8.5.1.1). */
static void c_memdev_ready(struct cf_ctx *c, const struct cf_check *k)
{
	const struct cxlmb_mbox *mb = c->t->mb;
	uint64_t st;
	(void)k;
	if (!mb->cfg.has_memdev_status) {
		cf_fail(c, "the transport found no Memory Device Status register");
		return;
	}
	if (cf_reg64(c, mb->cfg.memdev_status_off, &st))
		return;
	if (!(st & CXLMB_MEMDEV_STATUS_MBOX_READY))
		cf_fail(c, "Mailbox Interfaces Ready is 0 while the mailbox answers");
	if (st & CXLMB_MEMDEV_STATUS_FATAL)
		cf_fail(c, "Device Fatal is set");
	if (st & CXLMB_MEMDEV_STATUS_FW_HALT)
		cf_fail(c, "FW Halt is set");
	if (((st >> 2) & 3) != 1)
		cf_fail(c, "Media Status %llu, expected 1 (ready)", (unsigned long long)((st >> 2) & 3));
	if (((st >> 5) & 7) > 4)
		cf_fail(c, "Reset Needed %llu is a reserved value", (unsigned long long)((st >> 5) & 7));
}

/* Device Status Event Status (r3.2 §8.2.8.3.1): a bit per log that holds records. */
static void c_event_status(struct cf_ctx *c, const struct cf_check *k)
{
	struct caps cp;
	static struct cf_io io;
	uint64_t ev = 0;
	uint32_t off = 0;
	(void)k;
	if (cf_need(c, 0x0100) || read_caps(c, &cp))
		return;
	for (unsigned i = 0; i < cp.count; i++)
		if (cp.h[i].id == 0x0001)
			off = cp.h[i].off;
	if (!off) {
		cf_fail(c, "no Device Status capability");
		return;
	}
	if (cf_reg64(c, off, &ev))
		return;
	for (uint8_t log = 0; log < 4; log++) {
		const struct cxlmb_get_event_records_rsp *r = (const void *)io.val;
		bool has;
		CF_OK(c, 0x0100, &log, 1, &io, "Get Event Records");
		has = r->count > 0;
		if (has != !!(ev >> log & 1))
			cf_fail(c, "log %u: Event Status bit %u is %u but Get Event Records returns %u "
				   "records", log, log, (unsigned)(ev >> log & 1), r->count);
	}
}

const struct cf_check cf_checks_regs[] = {
	{ "reg.cap-array-id", "Device Capabilities Array register: ID 0, a version, a count",
	  "r3.2 §8.2.8.1", CF_MANDATORY, CF_T_TYPE3 | CF_T_SWITCH, true, NULL, c_array_id, 0 },
	{ "reg.cap-in-block", "every capability lies after the headers and inside the block",
	  "r3.2 §8.2.8.2", CF_MANDATORY, CF_T_TYPE3 | CF_T_SWITCH, true, NULL, c_in_block, 0 },
	{ "reg.cap-no-overlap", "no two capabilities' register areas overlap", "r3.2 §8.2.8.2",
	  CF_MANDATORY, CF_T_TYPE3 | CF_T_SWITCH, true, NULL, c_no_overlap, 0 },
	{ "reg.cap-required", "Device Status, Primary Mailbox (and Memory Device Status) present once",
	  "r3.2 §8.2.8.2.1", CF_MANDATORY, CF_T_TYPE3 | CF_T_SWITCH, true, NULL, c_required, 0 },
	{ "reg.mbox-payload-size", "Payload Size 256 B..1 MiB and the mailbox area holds it",
	  "r3.2 §8.2.8.4.3", CF_MANDATORY, CF_T_TYPE3 | CF_T_SWITCH, true, NULL, c_payload_size, 0 },
	{ "mbox.doorbell-clears", "the device clears the doorbell after a command",
	  "r3.2 §8.2.8.4.4", CF_MANDATORY, CF_T_TYPE3 | CF_T_SWITCH, true, NULL, c_doorbell, 0 },
	{ "mbox.status-rc", "Mailbox Status carries the command's return code", "r3.2 §8.2.8.4.6",
	  CF_MANDATORY, CF_T_TYPE3 | CF_T_SWITCH, true, NULL, c_status_rc, 0 },
	{ "mbox.output-length", "the output length is the response's and within the payload area",
	  "r3.2 §8.2.8.4.5", CF_MANDATORY, CF_T_TYPE3 | CF_T_SWITCH, true, NULL, c_output_len, 0 },
	{ "mbox.error-output-zero", "an error answer leaves output length 0", "r3.2 §8.2.8.4.5",
	  CF_MANDATORY, CF_T_TYPE3 | CF_T_SWITCH, true, NULL, c_error_len, 0 },
	{ "mbox.memdev-ready", "Memory Device Status: mailbox ready, media ready, not fatal",
	  "r3.2 §8.2.8.5.1.1", CF_MANDATORY, CF_T_TYPE3, true, NULL, c_memdev_ready, 0 },
	{ "mbox.event-status", "Event Status bits agree with the event logs", "r3.2 §8.2.8.3.1",
	  CF_MANDATORY, CF_T_TYPE3, true, NULL, c_event_status, 0 },
};
const size_t cf_nchecks_regs = CF_N(cf_checks_regs);
