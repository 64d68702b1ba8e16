/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* State machines: background operations, event logs, poison, data-at-rest
 * security, firmware transfer, timestamp, multi-part features and the
 * dynamic capacity handshake.  Most change the device: they run with
 * --destructive and say what they change. */
#include <string.h>

#include "cf_internal.h"

/* ---- background operations (r3.2 §8.2.10.1.2, §8.2.10.1.5, §8.2.8.4.7) ---- */

/* Scan Media of the first 256 MiB (r3.2 §8.2.10.9.4.4, Table 8-148). */
static const uint8_t scan_req[0x11] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x40, 0, 0, 0, 0, 0, 0 };

/* Poll until the operation ends: progress must not go backwards. */
static int bg_follow(struct cf_ctx *c, uint16_t op, struct cxlmb_bg_status *st)
{
	uint8_t last = 0;
	uint64_t waited = 0, step = 1000000; /* 1 ms, growing to 100 ms */
	for (;;) {
		int err = cxlmb_ep_bg_status(c->ep, st);
		if (err) {
			cf_errorf(c, "background status: %s", cxlmb_strerror(err));
			c->dead = err == CXLMB_E_TIMEOUT || err == CXLMB_E_BACKEND;
			return -1;
		}
		if (st->running) {
			if (st->opcode != op) {
				cf_fail(c, "while %04Xh runs, background status names %04Xh", op, st->opcode);
				return -1;
			}
			if (st->percent < last || st->percent > 100) {
				cf_fail(c, "progress went from %u%% to %u%%", last, st->percent);
				return -1;
			}
			last = st->percent;
		} else {
			break;
		}
		if (waited > 60ull * 1000000000ull) {
			cf_fail(c, "%04Xh still running after 60 s at %u%%", op, st->percent);
			return -1;
		}
		cxlmb_ep_delay_ns(c->ep, step);
		waited += step;
		if (step < 100000000)
			step += step / 2;
	}
	return 0;
}

/* Start Scan Media; 1 when it runs in the background, 0 when it finished,
 * -1 on failure. */
static int start_scan(struct cf_ctx *c, struct cf_io *io)
{
	if (cf_need(c, 0x4304))
		return -1;
	if (cf_do(c, 0x4304, scan_req, sizeof(scan_req), io))
		return -1;
	if (io->rc == CXLMB_RC_BACKGROUND)
		return 1;
	if (io->rc == CXLMB_RC_SUCCESS)
		return 0;
	cf_fail(c, "Scan Media(0, 256 MiB): expected Background Operation, got %s", cf_rc_name(io->rc));
	return -1;
}

static void c_bg_progress(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	struct cxlmb_bg_status st;
	int r;
	(void)k;
	if ((r = start_scan(c, &io)) <= 0) {
		if (r == 0)
			cf_skip(c, "Scan Media completed at once: nothing ran in the background");
		return;
	}
	if (bg_follow(c, 0x4304, &st))
		return;
	if (st.opcode != 0x4304 || st.percent != 100 || st.rc != CXLMB_RC_SUCCESS)
		cf_fail(c, "after the scan: background status %04Xh at %u%% with %s, expected 4304h at "
			   "100%% with Success", st.opcode, st.percent, cf_rc_name(st.rc));
	/* the message and the registers tell the same story */
	if (cf_in_cel(c, 0x0002)) {
		const struct cxlmb_bg_op_status_rsp *b = (const void *)io.val;
		CF_OK(c, 0x0002, NULL, 0, &io, "Background Operation Status");
		if (b->running || b->opcode != 0x4304 || b->percent != 100 ||
		    b->return_code != CXLMB_RC_SUCCESS)
			cf_fail(c, "0002h after the scan: running %u, %04Xh at %u%%, %s", b->running,
				b->opcode, b->percent, cf_rc_name(b->return_code));
	}
}

/* The registers while and after it runs (r3.2 §8.2.8.4.6-7): Mailbox
 * Status bit 0 set while running, Background Command Status naming the
 * operation, 100% and its return code at the end. */
static void c_bg_registers(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	const uint32_t base = c->t->mb->cfg.mbox_off;
	uint64_t st, bg;
	int r;
	(void)k;
	if ((r = start_scan(c, &io)) <= 0) {
		if (r == 0)
			cf_skip(c, "Scan Media completed at once: nothing ran in the background");
		return;
	}
	if (cf_reg64(c, base + CXLMB_MBOX_STATUS, &st) || cf_reg64(c, base + CXLMB_MBOX_BG_STATUS, &bg))
		return;
	if (!(st & CXLMB_MBOX_STATUS_BG))
		cf_fail(c, "while Scan Media runs, Mailbox Status bit 0 (background operation) is 0");
	if ((bg & CXLMB_MBOX_BG_OPCODE_MASK) != 0x4304)
		cf_fail(c, "while Scan Media runs, Background Command Status names %04llXh",
			(unsigned long long)(bg & CXLMB_MBOX_BG_OPCODE_MASK));
	for (unsigned i = 0; i < 10000 && (st & CXLMB_MBOX_STATUS_BG); i++) {
		cxlmb_ep_delay_ns(c->ep, 1000000);
		if (cf_reg64(c, base + CXLMB_MBOX_STATUS, &st))
			return;
	}
	if (cf_reg64(c, base + CXLMB_MBOX_BG_STATUS, &bg))
		return;
	if (st & CXLMB_MBOX_STATUS_BG) {
		cf_fail(c, "Mailbox Status bit 0 still set after 10 s (at %llu%%)",
			(unsigned long long)(bg >> CXLMB_MBOX_BG_PCT_SHIFT & CXLMB_MBOX_BG_PCT_MASK));
		return;
	}
	if ((bg & CXLMB_MBOX_BG_OPCODE_MASK) != 0x4304 ||
	    (bg >> CXLMB_MBOX_BG_PCT_SHIFT & CXLMB_MBOX_BG_PCT_MASK) != 100 ||
	    (uint16_t)(bg >> CXLMB_MBOX_BG_RC_SHIFT) != CXLMB_RC_SUCCESS)
		cf_fail(c, "after the scan, Background Command Status: %04llXh at %llu%% with %s, "
			   "expected 4304h at 100%% with Success",
			(unsigned long long)(bg & CXLMB_MBOX_BG_OPCODE_MASK),
			(unsigned long long)(bg >> CXLMB_MBOX_BG_PCT_SHIFT & CXLMB_MBOX_BG_PCT_MASK),
			cf_rc_name((uint16_t)(bg >> CXLMB_MBOX_BG_RC_SHIFT)));
}

static void c_bg_busy(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	struct cxlmb_bg_status st;
	(void)k;
	if (start_scan(c, &io) <= 0) {
		if (!cf_failed(c) && c->outcome != CF_SKIP)
			cf_skip(c, "Scan Media completed at once: nothing ran in the background");
		return;
	}
	if (cf_do(c, 0x4304, scan_req, sizeof(scan_req), &io))
		return;
	if (io.rc != CXLMB_RC_BUSY)
		cf_fail(c, "a second Scan Media while one runs: expected Busy, got %s", cf_rc_name(io.rc));
	bg_follow(c, 0x4304, &st);
}

static void c_abort_unsupported(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	struct cxlmb_bg_status st;
	(void)k;
	if (cf_need(c, CXLMB_OPCODE_REQUEST_ABORT))
		return;
	if (cf_cel_effects(c, 0x4304) & CXLMB_EFF_ABORT_SUPPORTED) {
		cf_skip(c, "the CEL says Scan Media can be aborted");
		return;
	}
	if (start_scan(c, &io) <= 0) {
		if (!cf_failed(c) && c->outcome != CF_SKIP)
			cf_skip(c, "Scan Media completed at once: nothing ran in the background");
		return;
	}
	if (cf_do(c, CXLMB_OPCODE_REQUEST_ABORT, NULL, 0, &io))
		return;
	if (io.rc != CXLMB_RC_ABORT_UNSUPPORTED)
		cf_fail(c, "Request Abort of Scan Media (not abortable per its CEL entry): expected %s, "
			   "got %s", cf_rc_name(CXLMB_RC_ABORT_UNSUPPORTED), cf_rc_name(io.rc));
	if (bg_follow(c, 0x4304, &st) == 0 && st.rc != CXLMB_RC_SUCCESS)
		cf_fail(c, "the scan, not abortable, ended with %s", cf_rc_name(st.rc));
}

static void c_abort_sanitize(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	struct cxlmb_bg_status st;
	(void)k;
	if (cf_need(c, 0x4400) || cf_need(c, CXLMB_OPCODE_REQUEST_ABORT))
		return;
	if (!(cf_cel_effects(c, 0x4400) & CXLMB_EFF_ABORT_SUPPORTED)) {
		cf_skip(c, "the CEL does not say Sanitize can be aborted");
		return;
	}
	if (cf_do(c, 0x4400, NULL, 0, &io))
		return;
	if (io.rc != CXLMB_RC_BACKGROUND) {
		cf_skip(c, "Sanitize answered %s, not Background Operation", cf_rc_name(io.rc));
		return;
	}
	if (cf_do(c, CXLMB_OPCODE_REQUEST_ABORT, NULL, 0, &io))
		return;
	if (io.rc != CXLMB_RC_SUCCESS)
		cf_fail(c, "Request Abort of Sanitize: expected Success, got %s", cf_rc_name(io.rc));
	if (bg_follow(c, 0x4400, &st))
		return;
	if (st.rc != CXLMB_RC_ABORTED)
		cf_fail(c, "the aborted Sanitize ended with %s at %u%%, expected %s", cf_rc_name(st.rc),
			st.percent, cf_rc_name(CXLMB_RC_ABORTED));
}

/* ---- event logs (r3.2 §8.2.10.2.2-3) ---- */

static int read_log(struct cf_ctx *c, uint8_t log, struct cf_io *io)
{
	return cf_ok(c, 0x0100, &log, 1, io, "Get Event Records");
}

static const struct cxlmb_get_event_records_rsp *ev(const struct cf_io *io)
{
	return (const void *)io->val;
}

static bool has_handle(const struct cf_io *io, uint16_t h)
{
	for (uint16_t i = 0; i < ev(io)->count; i++) {
		struct cxlmb_event_record_hdr e;
		if (cxlmb_array_get(&cxlmb_event_record_hdr_schema, &ev(io)->records, i, 0, &e) == 0 &&
		    e.handle == h)
			return true;
	}
	return false;
}

static int poison(struct cf_ctx *c, uint16_t op, uint64_t dpa, struct cf_io *io)
{
	uint8_t q[0x48] = { 0 };
	cf_put64(q, dpa);
	return cf_ok(c, op, q, op == 0x4301 ? 8 : 0x48, io,
		     op == 0x4301 ? "Inject Poison" : "Clear Poison");
}

static void c_ev_clear(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io, before[4];
	uint8_t q[8] = { 0 };
	int found = -1;
	uint16_t handle = 0;
	(void)k;
	if (cf_need(c, 0x0100) || cf_need(c, 0x0101) || cf_need(c, 0x4301) || cf_need(c, 0x4302))
		return;
	for (uint8_t l = 0; l < 4; l++)
		if (read_log(c, l, &before[l]))
			return;
	if (poison(c, 0x4301, 0x1000, &io) || poison(c, 0x4302, 0x1000, &io))
		return;
	for (uint8_t l = 0; l < 4 && found < 0; l++) {
		if (read_log(c, l, &io))
			return;
		for (uint16_t i = 0; i < ev(&io)->count; i++) {
			struct cxlmb_event_record_hdr e;
			if (cxlmb_array_get(&cxlmb_event_record_hdr_schema, &ev(&io)->records, i, 0, &e) ==
				    0 && !has_handle(&before[l], e.handle)) {
				found = l;
				handle = e.handle;
				break;
			}
		}
	}
	if (found < 0) {
		cf_skip(c, "injecting poison logged no event: nothing to clear");
		return;
	}
	if (handle == 0)
		cf_fail(c, "log %d: a record with handle 0", found);
	q[0] = (uint8_t)found;
	q[2] = 1;
	cf_put16(q + 6, handle);
	CF_OK(c, 0x0101, q, 8, &io, "Clear Event Records(one handle)");
	if (read_log(c, (uint8_t)found, &io))
		return;
	if (has_handle(&io, handle))
		cf_fail(c, "log %d: record %04Xh is still there after Clear Event Records", found, handle);
	for (uint16_t i = 0; i < ev(&before[found])->count; i++) {
		struct cxlmb_event_record_hdr e;
		if (cxlmb_array_get(&cxlmb_event_record_hdr_schema, &ev(&before[found])->records, i, 0,
				    &e) == 0 && !has_handle(&io, e.handle)) {
			cf_fail(c, "log %d: clearing %04Xh also removed %04Xh", found, handle, e.handle);
			break;
		}
	}
}

static void c_ev_overflow(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	uint8_t q[8] = { 0 };
	int log = -1;
	unsigned n;
	(void)k;
	if (cf_need(c, 0x0100) || cf_need(c, 0x0101) || cf_need(c, 0x4301) || cf_need(c, 0x4302))
		return;
	/* every injection logs a record; the log holds a few dozen at most */
	for (n = 0; n < 256; n++) {
		uint64_t dpa = 0x10000ull + 0x40ull * n;
		if (poison(c, 0x4301, dpa, &io) || poison(c, 0x4302, dpa, &io))
			return;
		if (n % 8 != 7)
			continue;
		for (uint8_t l = 0; l < 4 && log < 0; l++) {
			if (read_log(c, l, &io))
				return;
			if (ev(&io)->overflow)
				log = l;
		}
		if (log >= 0)
			break;
	}
	if (log < 0) {
		cf_fail(c, "no log reports an overflow after %u poison injections, each logging a "
			   "record", n);
		return;
	}
	if (read_log(c, (uint8_t)log, &io))
		return;
	if (ev(&io)->overflow_err_count == 0)
		cf_fail(c, "log %d overflowed but its Overflow Error Count is 0", log);
	if (ev(&io)->first_overflow_ts > ev(&io)->last_overflow_ts)
		cf_fail(c, "log %d: first overflow %llu after the last %llu", log,
			(unsigned long long)ev(&io)->first_overflow_ts,
			(unsigned long long)ev(&io)->last_overflow_ts);
	q[0] = (uint8_t)log;
	q[1] = 1; /* clear all */
	CF_OK(c, 0x0101, q, 6, &io, "Clear Event Records(clear all)");
	if (read_log(c, (uint8_t)log, &io))
		return;
	if (ev(&io)->count)
		cf_fail(c, "log %d still has %u records after clear all", log, ev(&io)->count);
}

/* ---- poison (r3.2 §8.2.10.9.4.1-3) ---- */

static bool listed(struct cf_ctx *c, uint64_t dpa, struct cf_io *io, bool *ok)
{
	static const uint8_t q[16] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x40, 0, 0, 0, 0, 0 };
	const struct cxlmb_get_poison_list_rsp *r = (const void *)io->val;
	*ok = cf_ok(c, 0x4300, q, 16, io, "Get Poison List") == 0;
	if (!*ok)
		return false;
	for (uint16_t i = 0; i < r->count; i++) {
		struct cxlmb_media_error_record m;
		if (cxlmb_array_get(&cxlmb_media_error_record_schema, &r->records, i, 0, &m) == 0 &&
		    dpa >= m.dpa && dpa < m.dpa + 64ull * m.length) {
			if (m.source != 3)
				cf_fail(c, "poison at %llxh is listed with source %u, expected 3 (injected)",
					(unsigned long long)dpa, m.source);
			return true;
		}
	}
	return false;
}

static void c_poison(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	const uint64_t dpa = 0x2000;
	bool ok;
	(void)k;
	if (cf_need(c, 0x4300) || cf_need(c, 0x4301) || cf_need(c, 0x4302))
		return;
	if (listed(c, dpa, &io, &ok) || !ok) {
		if (ok)
			cf_skip(c, "%llxh is already poisoned", (unsigned long long)dpa);
		return;
	}
	if (poison(c, 0x4301, dpa, &io))
		return;
	if (!listed(c, dpa, &io, &ok) && ok)
		cf_fail(c, "after Inject Poison(%llxh) the poison list does not show it",
			(unsigned long long)dpa);
	if (!ok || poison(c, 0x4302, dpa, &io))
		return;
	if (listed(c, dpa, &io, &ok) && ok)
		cf_fail(c, "after Clear Poison(%llxh) the poison list still shows it",
			(unsigned long long)dpa);
}

/* ---- security (r3.2 §8.2.10.9.6) ---- */

static const uint8_t pass[32] = "cxlmb conformance passphrase";
static const uint8_t wrong[32] = "not the passphrase";

static int sec_state(struct cf_ctx *c, struct cxlmb_security_state_rsp *st)
{
	static struct cf_io io;
	if (cf_ok(c, 0x4500, NULL, 0, &io, "Get Security State"))
		return -1;
	memcpy(st, io.val, sizeof(*st));
	return 0;
}

static int passphrase_op(struct cf_ctx *c, uint16_t op, const uint8_t *p, struct cf_io *io)
{
	uint8_t q[0x60] = { 0 };
	if (op == 0x4501) { /* user passphrase, current none, new p (Table 8-161) */
		q[0] = 1;
		memcpy(q + 0x40, p, 32);
		return cf_do(c, op, q, 0x60, io);
	}
	if (op == 0x4503) {
		memcpy(q, p, 32);
		return cf_do(c, op, q, 0x20, io);
	}
	q[0] = 1;
	memcpy(q + 0x20, p, 32);
	return cf_do(c, op, q, 0x40, io);
}

static int sec_setup(struct cf_ctx *c, struct cf_io *io)
{
	struct cxlmb_security_state_rsp st;
	if (cf_need(c, 0x4500) || cf_need(c, 0x4501) || cf_need(c, 0x4502) || sec_state(c, &st))
		return -1;
	if (st.user_pass_set || st.frozen || st.locked) {
		cf_skip(c, "the device already has a user passphrase or is frozen or locked");
		return -1;
	}
	if (passphrase_op(c, 0x4501, pass, io))
		return -1;
	if (io->rc != CXLMB_RC_SUCCESS) {
		cf_fail(c, "Set Passphrase(user): %s", cf_rc_name(io->rc));
		return -1;
	}
	if (sec_state(c, &st))
		return -1;
	if (!st.user_pass_set) {
		cf_fail(c, "after Set Passphrase the state does not show a user passphrase");
		return -1;
	}
	return 0;
}

static void c_sec_states(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	struct cxlmb_security_state_rsp st;
	(void)k;
	if (sec_setup(c, &io))
		return;
	if (cf_in_cel(c, 0x4503)) {
		if (passphrase_op(c, 0x4503, pass, &io))
			return;
		if (io.rc != CXLMB_RC_INVALID_SECURITY_STATE)
			cf_fail(c, "Unlock of an unlocked device: expected %s, got %s",
				cf_rc_name(CXLMB_RC_INVALID_SECURITY_STATE), cf_rc_name(io.rc));
	}
	if (passphrase_op(c, 0x4502, wrong, &io))
		return;
	if (io.rc != CXLMB_RC_INCORRECT_PASSPHRASE)
		cf_fail(c, "Disable Passphrase with a wrong passphrase: expected %s, got %s",
			cf_rc_name(CXLMB_RC_INCORRECT_PASSPHRASE), cf_rc_name(io.rc));
	if (sec_state(c, &st))
		return;
	if (!st.user_pass_set) {
		cf_fail(c, "a wrong passphrase removed the user passphrase");
		return;
	}
	if (passphrase_op(c, 0x4502, pass, &io))
		return;
	if (io.rc != CXLMB_RC_SUCCESS)
		cf_fail(c, "Disable Passphrase with the right passphrase: %s", cf_rc_name(io.rc));
	else if (sec_state(c, &st) == 0 && st.user_pass_set)
		cf_fail(c, "after Disable Passphrase the user passphrase is still set");
}

static void c_sec_retry(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	struct cxlmb_security_state_rsp st = { 0 };
	unsigned tries;
	(void)k;
	if (sec_setup(c, &io))
		return;
	for (tries = 1; tries <= 16; tries++) {
		if (passphrase_op(c, 0x4502, wrong, &io))
			return;
		if (io.rc == CXLMB_RC_SUCCESS) {
			cf_fail(c, "a wrong passphrase was accepted (attempt %u)", tries);
			return;
		}
		if (sec_state(c, &st))
			return;
		if (st.user_attempts_exceeded)
			break;
	}
	if (!st.user_attempts_exceeded) {
		cf_fail(c, "16 wrong passphrases and the attempt count is not reached");
		return;
	}
	if (passphrase_op(c, 0x4502, pass, &io))
		return;
	if (io.rc != CXLMB_RC_INVALID_SECURITY_STATE)
		cf_fail(c, "after the attempt limit (%u tries), the right passphrase: expected %s, got %s",
			tries, cf_rc_name(CXLMB_RC_INVALID_SECURITY_STATE), cf_rc_name(io.rc));
	cf_note(c, "the limit was reached after %u wrong passphrases", tries);
}

/* ---- firmware transfer (r3.2 §8.2.10.3.2, Table 8-59) ---- */

static int fw_part(struct cf_ctx *c, uint8_t action, uint8_t slot, uint32_t off, struct cf_io *io)
{
	uint8_t q[0x80 + 0x80] = { 0 };
	q[0] = action;
	q[1] = slot;
	cf_put32(q + 4, off);
	memcpy(q + 0x80, "cxlmb-conform", 13);
	return cf_do(c, 0x0201, q, action == CXLMB_FW_ABORT ? 0x80 : sizeof(q), io);
}

static int fw_slot(struct cf_ctx *c, uint8_t *slot)
{
	static struct cf_io io;
	const struct cxlmb_get_fw_info_rsp *r = (const void *)io.val;
	if (cf_need(c, 0x0201) || cf_need(c, 0x0200) ||
	    cf_peek_ok(c, 0x0200, NULL, 0, &io, "Get FW Info")) /* discovery */
		return -1;
	if (r->slots_supported < 2) {
		cf_skip(c, "one firmware slot: no slot to transfer into");
		return -1;
	}
	*slot = r->active_slot == 1 ? 2 : 1;
	return 0;
}

static void c_fw_order(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	uint8_t slot;
	(void)k;
	if (fw_slot(c, &slot) || fw_part(c, CXLMB_FW_INITIATE, slot, 0, &io))
		return;
	if (io.rc != CXLMB_RC_SUCCESS) {
		cf_fail(c, "Transfer FW initiate: %s", cf_rc_name(io.rc));
		return;
	}
	if (fw_part(c, CXLMB_FW_CONTINUE, slot, 5, &io)) /* next expected: 1 */
		return;
	if (io.rc != CXLMB_RC_FW_OUT_OF_ORDER)
		cf_fail(c, "a part at offset 5 x 128 B after one of 128 B: expected %s, got %s",
			cf_rc_name(CXLMB_RC_FW_OUT_OF_ORDER), cf_rc_name(io.rc));
	fw_part(c, CXLMB_FW_ABORT, slot, 0, &io);
}

static void c_fw_after_abort(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	uint8_t slot;
	(void)k;
	if (fw_slot(c, &slot) || fw_part(c, CXLMB_FW_INITIATE, slot, 0, &io))
		return;
	if (io.rc != CXLMB_RC_SUCCESS) {
		cf_fail(c, "Transfer FW initiate: %s", cf_rc_name(io.rc));
		return;
	}
	if (fw_part(c, CXLMB_FW_ABORT, slot, 0, &io))
		return;
	if (io.rc != CXLMB_RC_SUCCESS)
		cf_fail(c, "Transfer FW abort: %s", cf_rc_name(io.rc));
	if (fw_part(c, CXLMB_FW_END, slot, 1, &io))
		return;
	if (io.rc != CXLMB_RC_FW_OUT_OF_ORDER)
		cf_fail(c, "an end part after the transfer was aborted: expected %s, got %s",
			cf_rc_name(CXLMB_RC_FW_OUT_OF_ORDER), cf_rc_name(io.rc));
}

/* ---- timestamp (r3.2 §8.2.10.4) ---- */

static void c_ts(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	uint8_t q[8];
	uint64_t t = 1767225600ull * 1000000000ull; /* 2026-01-01T00:00:00Z */
	uint64_t got;
	(void)k;
	if (cf_need(c, 0x0300) || cf_need(c, 0x0301))
		return;
	cf_put64(q, t);
	CF_OK(c, 0x0301, q, 8, &io, "Set Timestamp");
	CF_OK(c, 0x0300, NULL, 0, &io, "Get Timestamp");
	got = ((const struct cxlmb_timestamp *)(const void *)io.val)->timestamp;
	if (got < t || got - t > 10ull * 1000000000ull)
		cf_fail(c, "Set Timestamp(%llu) then Get Timestamp read %llu", (unsigned long long)t,
			(unsigned long long)got);
}

/* ---- features: patrol scrub control, set in parts (r3.2 §8.2.10.6.3,
 * Table 8-100; the feature's layout §8.2.10.9.11.1) ---- */

static const uint8_t scrub_uuid[16] = { 0x96, 0xda, 0xd7, 0xd6, 0xfd, 0xe8, 0x48, 0x2b,
					0xa7, 0x33, 0x75, 0x77, 0x4e, 0x06, 0xdb, 0x8a };

static int scrub_entry(struct cf_ctx *c, struct cxlmb_feature_entry *fe)
{
	static struct cf_io io;
	const struct cxlmb_get_sup_features_rsp *r = (const void *)io.val;
	uint8_t q[8] = { 0 };
	if (cf_need(c, 0x0500) || cf_need(c, 0x0501) || cf_need(c, 0x0502))
		return -1;
	cf_put32(q, 8 + 0x30 * 16);
	if (cf_peek_ok(c, 0x0500, q, 8, &io, "Get Supported Features")) /* discovery */
		return -1;
	for (uint16_t i = 0; i < r->count; i++)
		if (cxlmb_array_get(&cxlmb_feature_entry_schema, &r->entries, i, 0, fe) == 0 &&
		    !memcmp(fe->uuid, scrub_uuid, 16) && (fe->attr_flags & 1) && fe->set_size >= 2 &&
		    fe->get_size >= 4)
			return 0;
	cf_skip(c, "no changeable patrol scrub control feature");
	return -1;
}

static int set_part(struct cf_ctx *c, const struct cxlmb_feature_entry *fe, uint8_t xfer,
		    uint16_t off, const uint8_t *d, size_t n, struct cf_io *io)
{
	uint8_t q[0x20 + 8] = { 0 };
	memcpy(q, fe->uuid, 16);
	q[16] = xfer;
	cf_put16(q + 20, off);
	q[22] = fe->set_version;
	memcpy(q + 0x20, d, n);
	return cf_do(c, 0x0502, q, 0x20 + n, io);
}

static int scrub_read(struct cf_ctx *c, uint8_t cur[4])
{
	static struct cf_io io;
	uint8_t q[0x15] = { 0 };
	memcpy(q, scrub_uuid, 16);
	cf_put16(q + 18, 4);
	if (cf_ok(c, 0x0501, q, sizeof(q), &io, "Get Feature(patrol scrub)"))
		return -1;
	memcpy(cur, io.buf, 4);
	return 0;
}

static void c_feat_multipart(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	struct cxlmb_feature_entry fe;
	uint8_t cur[4], now[4], want[2];
	(void)k;
	if (scrub_entry(c, &fe) || scrub_read(c, cur))
		return;
	want[0] = (uint8_t)(cur[1] + 1 > cur[2] ? cur[1] + 1 : cur[2]); /* a new cycle */
	if (want[0] == cur[1])
		want[0]++;
	want[1] = cur[3] & 1;
	if (set_part(c, &fe, 1, 0, want, 1, &io))
		return;
	if (io.rc != CXLMB_RC_SUCCESS) {
		cf_fail(c, "Set Feature initiate part: %s", cf_rc_name(io.rc));
		return;
	}
	if (scrub_read(c, now))
		return;
	if (now[1] != cur[1])
		cf_fail(c, "the scrub cycle changed to %u before the transfer finished", now[1]);
	if (set_part(c, &fe, 3, 1, want + 1, 1, &io))
		return;
	if (io.rc != CXLMB_RC_SUCCESS) {
		cf_fail(c, "Set Feature finish part: %s", cf_rc_name(io.rc));
		return;
	}
	if (scrub_read(c, now))
		return;
	if (now[1] != want[0])
		cf_fail(c, "after a two-part Set Feature the scrub cycle is %u, expected %u", now[1],
			want[0]);
	want[0] = cur[1];
	set_part(c, &fe, 0, 0, want, 2, &io); /* put it back */
}

static void c_feat_order(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	struct cxlmb_feature_entry fe;
	uint8_t cur[4], d[2];
	(void)k;
	if (scrub_entry(c, &fe) || scrub_read(c, cur))
		return;
	d[0] = cur[1];
	d[1] = cur[3] & 1;
	if (set_part(c, &fe, 1, 0, d, 1, &io))
		return;
	if (io.rc != CXLMB_RC_SUCCESS) {
		cf_fail(c, "Set Feature initiate part: %s", cf_rc_name(io.rc));
		return;
	}
	if (set_part(c, &fe, 3, 0, d, 1, &io)) /* offset 0 again: expected 1 */
		return;
	if (io.rc != CXLMB_RC_FEATURE_XFER_OUT_OF_ORDER)
		cf_fail(c, "a finish part at offset 0 after 1 byte: expected %s, got %s",
			cf_rc_name(CXLMB_RC_FEATURE_XFER_OUT_OF_ORDER), cf_rc_name(io.rc));
	set_part(c, &fe, 4, 0, d, 0, &io);
}

/* ---- dynamic capacity: accept an offered extent, release it
 * (r3.2 §8.2.10.9.9.2-4, §8.2.10.2.1.6) ---- */

static bool extent_held(const struct cf_io *io, uint64_t dpa, uint64_t len)
{
	const struct cxlmb_get_dc_extent_list_rsp *r = (const void *)io->val;
	for (uint32_t i = 0; i < r->count; i++) {
		struct cxlmb_dc_extent e;
		if (cxlmb_array_get(&cxlmb_dc_extent_schema, &r->extents, i, 0, &e) == 0 &&
		    e.start_dpa == dpa && e.length == len)
			return true;
	}
	return false;
}

static void c_dc(struct cf_ctx *c, const struct cf_check *k)
{
	static struct cf_io io;
	static const uint8_t all[8] = { 8, 0, 0, 0, 0, 0, 0, 0 };
	uint8_t log = CXLMB_LOG_DCD, q[8 + 0x18] = { 0 }; /* one extent (Table 8-177) */
	uint64_t dpa = 0, len = 0;
	(void)k;
	if (cf_need(c, 0x0100) || cf_need(c, 0x4801) || cf_need(c, 0x4802) || cf_need(c, 0x4803))
		return;
	CF_OK(c, 0x0100, &log, 1, &io, "Get Event Records(dynamic capacity log)");
	for (uint16_t i = 0; i < ev(&io)->count && !len; i++) {
		struct cxlmb_event_record r;
		if (cxlmb_event_record_decode(ev(&io)->records.data + (size_t)i * CXLMB_EVENT_RECORD_LEN,
					      CXLMB_EVENT_RECORD_LEN, CXLMB_STRICT, &r) == 0 &&
		    r.type == CXLMB_EVT_DYNAMIC_CAPACITY && r.u.dc.event_type == 0) {
			dpa = r.u.dc.start_dpa;
			len = r.u.dc.length;
		}
	}
	if (!len) {
		cf_skip(c, "no capacity offered (a fabric manager must offer an extent first)");
		return;
	}
	cf_put32(q, 1);
	cf_put64(q + 8, dpa);
	cf_put64(q + 16, len);
	CF_OK(c, 0x4802, q, sizeof(q), &io, "Add Dynamic Capacity Response");
	CF_OK(c, 0x4801, all, 8, &io, "Get DC Extent List");
	if (!extent_held(&io, dpa, len)) {
		cf_fail(c, "the accepted extent %llxh+%llxh is not in the extent list",
			(unsigned long long)dpa, (unsigned long long)len);
		return;
	}
	CF_OK(c, 0x4803, q, sizeof(q), &io, "Release Dynamic Capacity");
	CF_OK(c, 0x4801, all, 8, &io, "Get DC Extent List");
	if (extent_held(&io, dpa, len))
		cf_fail(c, "the released extent %llxh+%llxh is still in the extent list",
			(unsigned long long)dpa, (unsigned long long)len);
}

#define S(id, title, ref, tg, d, fn) { id, title, ref, CF_MANDATORY, tg, false, d, fn, 0 }
#define SCAN "scans 256 MiB of media (its results replace the last scan's)"
#define POISON "injects and clears poison at DPA 1000h, leaving event records"
const struct cf_check cf_checks_state[] = {
	S("bg.progress-complete", "a background operation progresses to 100% and Success",
	  "r3.2 §8.2.10.1.2, §8.2.8.4.7", CF_T_MEMDEV, SCAN, c_bg_progress),
	{ "mbox.bg-status-register", "Mailbox Status and Background Command Status follow the operation",
	  "r3.2 §8.2.8.4.6-7", CF_MANDATORY, CF_T_TYPE3, true, SCAN, c_bg_registers, 0 },
	S("bg.busy-while-running", "a second background command while one runs is Busy",
	  "r3.2 §8.2.8.4.5.1 (Busy), §8.2.10.1.2", CF_T_MEMDEV, SCAN, c_bg_busy),
	S("bg.abort-unsupported", "Request Abort of a non-abortable operation is refused",
	  "r3.2 §8.2.10.1.5", CF_T_MEMDEV, SCAN, c_abort_unsupported),
	S("bg.abort-sanitize", "Request Abort of Sanitize stops it with Aborted",
	  "r3.2 §8.2.10.1.5, §8.2.10.9.5.1", CF_T_MEMDEV,
	  "starts Sanitize (erases user data) and aborts it", c_abort_sanitize),
	S("ev.clear-by-handle", "Clear Event Records removes exactly the record named",
	  "r3.2 §8.2.10.2.2-3, Table 8-55", CF_T_MEMDEV, POISON, c_ev_clear),
	S("ev.overflow", "a full event log reports overflow, a count and ordered timestamps",
	  "r3.2 §8.2.10.2.2, Table 8-53", CF_T_MEMDEV, POISON " until a log overflows; clears that log",
	  c_ev_overflow),
	S("poison.inject-list-clear", "injected poison is listed as injected, and cleared",
	  "r3.2 §8.2.10.9.4.1-3, Table 8-143", CF_T_MEMDEV, "injects and clears poison at DPA 2000h",
	  c_poison),
	S("sec.passphrase-states", "Set/Disable Passphrase and Unlock follow the security states",
	  "r3.2 §8.2.10.9.6.1-4", CF_T_MEMDEV, "sets a user passphrase and removes it", c_sec_states),
	S("sec.retry-limit", "wrong passphrases reach the attempt limit, which then blocks",
	  "r3.2 §8.2.10.9.6.1, Table 8-160", CF_T_MEMDEV,
	  "sets a user passphrase and exhausts its attempts (a power cycle recovers)", c_sec_retry),
	S("fw.transfer-order", "a firmware part out of order is FW Transfer Out of Order",
	  "r3.2 §8.2.10.3.2, Table 8-59", CF_T_MEMDEV, "starts a firmware transfer and aborts it",
	  c_fw_order),
	S("fw.transfer-after-abort", "after an aborted transfer a further part is out of order",
	  "r3.2 §8.2.10.3.2, Table 8-59", CF_T_MEMDEV, "starts a firmware transfer and aborts it",
	  c_fw_after_abort),
	S("ts.set-read-back", "Set Timestamp then Get Timestamp reads it back",
	  "r3.2 §8.2.10.4.1-2", CF_T_MEMDEV, "sets the device timestamp", c_ts),
	S("feat.multipart-set", "a two-part Set Feature takes effect only when finished",
	  "r3.2 §8.2.10.6.3, Table 8-100", CF_T_MEMDEV,
	  "changes the patrol scrub cycle and puts it back", c_feat_multipart),
	S("feat.transfer-order", "a Set Feature part out of order is Feature Transfer Out of Order",
	  "r3.2 §8.2.10.6.3, Table 8-100", CF_T_MEMDEV, "starts a feature transfer and aborts it",
	  c_feat_order),
	S("dc.add-release", "an offered extent, accepted, is held; released, is gone",
	  "r3.2 §8.2.10.9.9.2-4", CF_T_MEMDEV, "accepts offered dynamic capacity and releases it",
	  c_dc),
};
const size_t cf_nchecks_state = CF_N(cf_checks_state);
