/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Mailbox transport: the doorbell protocol of CXL r3.2 §8.2.8.4, driven the
 * way Linux drives it (payload first, then command, then doorbell). */
#include "cxlmb/error.h"
#include "cxlmb/mbox.h"

#define NS_PER_MS 1000000ull

int cxlmb_mbox_config_default(struct cxlmb_mbox_config *cfg)
{
	if (!cfg)
		return CXLMB_E_INVALID_ARG;
	cxlmb_memset(cfg, 0, sizeof(*cfg));
	cfg->cmd_timeout_ns = 2000 * NS_PER_MS;
	cfg->ready_timeout_ns = 60000 * NS_PER_MS;
	cfg->poll_ns = 10000; /* 10 us */
	cfg->poll_cost_ns = 100;
	return CXLMB_E_OK;
}

/* A backend's own CXLMB_E_* code is kept; anything else is BACKEND. */
static int be(int rc)
{
	if (rc == 0)
		return CXLMB_E_OK;
	return rc > 0 && rc < CXLMB_E_COUNT_ ? rc : CXLMB_E_BACKEND;
}

/* Register access in two shapes, named apart: blk_* take an offset from the
 * start of the register block, reg_* a mailbox register (CXLMB_MBOX_*). */
static int blk_rd32(const struct cxlmb_mbox *mb, uint32_t off, uint32_t *v)
{
	return be(mb->ops->read32(mb->ctx, off, v));
}

static int blk_rd64(const struct cxlmb_mbox *mb, uint32_t off, uint64_t *v)
{
	return be(mb->ops->read64(mb->ctx, off, v));
}

static int reg_rd32(const struct cxlmb_mbox *mb, uint32_t reg, uint32_t *v)
{
	return blk_rd32(mb, mb->cfg.mbox_off + reg, v);
}

static int reg_rd64(const struct cxlmb_mbox *mb, uint32_t reg, uint64_t *v)
{
	return blk_rd64(mb, mb->cfg.mbox_off + reg, v);
}

static int reg_wr32(const struct cxlmb_mbox *mb, uint32_t reg, uint32_t v)
{
	return be(mb->ops->write32(mb->ctx, mb->cfg.mbox_off + reg, v));
}

static int reg_wr64(const struct cxlmb_mbox *mb, uint32_t reg, uint64_t v)
{
	return be(mb->ops->write64(mb->ctx, mb->cfg.mbox_off + reg, v));
}

/* One wait against a budget, measured as backend.h describes for each
 * combination of the now_ns and delay_ns hooks.  No 64-bit division: the
 * core links without libgcc helpers on 32-bit targets. */
struct wait {
	uint64_t budget, start, last, counted;
	uint32_t stalls;
};

static void wait_start(const struct cxlmb_mbox *mb, struct wait *w, uint64_t budget_ns)
{
	cxlmb_memset(w, 0, sizeof(*w));
	w->budget = budget_ns;
	if (mb->ops->now_ns)
		w->start = w->last = mb->ops->now_ns(mb->ctx);
}

/* True once the budget is spent; else pause (or not) before the next poll. */
static bool wait_over(const struct cxlmb_mbox *mb, struct wait *w)
{
	if (mb->ops->now_ns) {
		uint64_t t = mb->ops->now_ns(mb->ctx);
		if (t - w->start >= w->budget)
			return true;
		w->stalls = t == w->last ? w->stalls + 1 : 0;
		w->last = t;
		if (!mb->ops->delay_ns && w->stalls >= CXLMB_MBOX_STALL_POLLS)
			return true; /* a clock that never moves */
	}
	/* counted time: the delays asked for, or the least a busy poll costs */
	if ((mb->ops->delay_ns || !mb->ops->now_ns) && w->counted >= w->budget)
		return true;
	if (mb->ops->delay_ns) {
		uint64_t ns = mb->cfg.poll_ns ? mb->cfg.poll_ns : 1;
		mb->ops->delay_ns(mb->ctx, ns);
		w->counted += ns;
	} else if (!mb->ops->now_ns) {
		w->counted += mb->cfg.poll_cost_ns ? mb->cfg.poll_cost_ns : 1;
	}
	return false;
}

/* Wait until (reg & mask) == want, within budget_ns (off from the block). */
static int wait_bits(const struct cxlmb_mbox *mb, uint32_t off, bool is64, uint64_t mask,
		     uint64_t want, uint64_t budget_ns, int timeout_err)
{
	struct wait w;

	wait_start(mb, &w, budget_ns);
	for (;;) {
		uint64_t v;
		int rc;
		if (is64) {
			rc = blk_rd64(mb, off, &v);
		} else {
			uint32_t v32 = 0;
			rc = blk_rd32(mb, off, &v32);
			v = v32;
		}
		if (rc)
			return rc;
		if ((v & mask) == want)
			return CXLMB_E_OK;
		if (wait_over(mb, &w))
			return timeout_err;
	}
}

int cxlmb_mbox_init(struct cxlmb_mbox *mb, const struct cxlmb_backend_ops *ops, void *ctx,
		    const struct cxlmb_mbox_config *cfg)
{
	uint32_t shift, room;
	int rc;

	if (!mb || !ops || !cfg || !ops->read32 || !ops->read64 || !ops->write32 || !ops->write64)
		return CXLMB_E_INVALID_ARG;
	/* the region backing the mailbox must be known, and addressable */
	if (!cfg->mbox_len || (uint64_t)cfg->mbox_off + cfg->mbox_len > UINT32_MAX)
		return CXLMB_E_INVALID_ARG;
	cxlmb_memset(mb, 0, sizeof(*mb));
	mb->ops = ops;
	mb->ctx = ctx;
	mb->cfg = *cfg;
	if (cfg->mbox_len < CXLMB_MBOX_PAYLOAD + 256u)
		return CXLMB_E_BAD_PAYLOAD_SIZE;
	if (cfg->has_memdev_status) {
		rc = wait_bits(mb, cfg->memdev_status_off, true, CXLMB_MEMDEV_STATUS_MBOX_READY,
			       CXLMB_MEMDEV_STATUS_MBOX_READY, cfg->ready_timeout_ns,
			       CXLMB_E_MBOX_NOT_READY);
		if (rc)
			return rc;
	}
	rc = reg_rd32(mb, CXLMB_MBOX_CAPS, &mb->caps);
	if (rc)
		return rc;
	shift = mb->caps & CXLMB_MBOX_CAPS_PAYLOAD_SHIFT_MASK;
	if (shift < 8 || shift > 20)
		return CXLMB_E_BAD_PAYLOAD_SIZE;
	/* never past the region: a device may claim more than is mapped.
	 * A multiple of 4, so the 32-bit copies stay inside too. */
	room = (cfg->mbox_len - CXLMB_MBOX_PAYLOAD) & ~3u;
	mb->payload_size = 1u << shift;
	if (mb->payload_size > room)
		mb->payload_size = room;
	return CXLMB_E_OK;
}

/* Payload copies: bulk when the backend offers it, else register accesses
 * of 8 bytes (CXL r3.2 §8.2.8: accesses up to 64 bits) where the area is
 * 8-aligned in the block, and of 4 for a tail of at most 4 bytes or an
 * area that is not: ceil(len / 8) accesses for len bytes when aligned.
 * Rounding up stays inside the area: len <= payload_size, a multiple of 4,
 * so a word of 8 at a multiple of 8 with more than 4 bytes left ends in it. */
static unsigned payload_word(uint32_t base, size_t i, size_t len)
{
	return (base & 7u) == 0 && len - i > 4 ? 8u : 4u;
}

static int payload_write(const struct cxlmb_mbox *mb, const uint8_t *src, size_t len)
{
	uint32_t base = mb->cfg.mbox_off + CXLMB_MBOX_PAYLOAD;
	unsigned w;

	if (mb->ops->write_bytes)
		return be(mb->ops->write_bytes(mb->ctx, base, src, len));
	for (size_t i = 0; i < len; i += w) {
		uint64_t v = 0; /* zeros past the input: nothing else leaks out */
		int rc;
		w = payload_word(base, i, len);
		for (size_t k = 0; k < w && i + k < len; k++)
			v |= (uint64_t)src[i + k] << (8 * k);
		if (w == 8)
			rc = reg_wr64(mb, CXLMB_MBOX_PAYLOAD + (uint32_t)i, v);
		else
			rc = reg_wr32(mb, CXLMB_MBOX_PAYLOAD + (uint32_t)i, (uint32_t)v);
		if (rc)
			return rc;
	}
	return CXLMB_E_OK;
}

static int payload_read(const struct cxlmb_mbox *mb, uint8_t *dst, size_t len)
{
	uint32_t base = mb->cfg.mbox_off + CXLMB_MBOX_PAYLOAD;
	unsigned w;

	if (mb->ops->read_bytes)
		return be(mb->ops->read_bytes(mb->ctx, base, dst, len));
	for (size_t i = 0; i < len; i += w) {
		uint64_t v = 0;
		uint32_t v32 = 0;
		int rc;
		w = payload_word(base, i, len);
		if (w == 8) {
			rc = reg_rd64(mb, CXLMB_MBOX_PAYLOAD + (uint32_t)i, &v);
		} else {
			rc = reg_rd32(mb, CXLMB_MBOX_PAYLOAD + (uint32_t)i, &v32);
			v = v32;
		}
		if (rc)
			return rc;
		for (size_t k = 0; k < w && i + k < len; k++)
			dst[i + k] = (uint8_t)(v >> (8 * k));
	}
	return CXLMB_E_OK;
}

int cxlmb_mbox_send(struct cxlmb_mbox *mb, uint16_t opcode, const void *in, size_t in_len,
		    void *out, size_t out_cap, struct cxlmb_mbox_result *res)
{
	uint32_t ctrl;
	uint64_t cmd, status;
	size_t n;
	int rc;

	if (!mb || !mb->ops || !res || (in_len && !in) || (out_cap && !out))
		return CXLMB_E_INVALID_ARG;
	cxlmb_memset(res, 0, sizeof(*res));
	if (in_len > mb->payload_size)
		return CXLMB_E_INPUT_TOO_LARGE;
	/* The doorbell is read first unless this context's last command ended
	 * cleanly with it seen clear: the host alone sets it, so it is still
	 * clear.  Anything else (the first command, an error, a timeout, an
	 * abort) leaves idle_known false and the next command checks. */
	if (!mb->idle_known) {
		if ((rc = reg_rd32(mb, CXLMB_MBOX_CTRL, &ctrl)) != 0)
			return rc;
		if (ctrl & CXLMB_MBOX_CTRL_DOORBELL)
			return CXLMB_E_DOORBELL_BUSY;
	}
	mb->idle_known = false;
	if (in_len && (rc = payload_write(mb, in, in_len)) != 0)
		return rc;
	cmd = opcode | ((uint64_t)in_len << CXLMB_MBOX_CMD_LEN_SHIFT);
	if ((rc = reg_wr64(mb, CXLMB_MBOX_CMD, cmd)) != 0)
		return rc;
	if ((rc = reg_wr32(mb, CXLMB_MBOX_CTRL, CXLMB_MBOX_CTRL_DOORBELL)) != 0)
		return rc;
	rc = wait_bits(mb, mb->cfg.mbox_off + CXLMB_MBOX_CTRL, false, CXLMB_MBOX_CTRL_DOORBELL, 0,
		       mb->cfg.cmd_timeout_ns, CXLMB_E_TIMEOUT);
	if (rc)
		return rc;
	if ((rc = reg_rd64(mb, CXLMB_MBOX_STATUS, &status)) != 0)
		return rc;
	res->rc = (uint16_t)(status >> CXLMB_MBOX_STATUS_RC_SHIFT);
	res->vendor_status = (uint16_t)(status >> CXLMB_MBOX_STATUS_VS_SHIFT);
	res->bg_started = res->rc == CXLMB_RC_BACKGROUND;
	if (res->bg_started) {
		mb->bg_opcode = opcode;
		mb->bg_known = true;
	}
	if (res->rc != CXLMB_RC_SUCCESS && res->rc != CXLMB_RC_BACKGROUND) {
		mb->idle_known = true;
		return CXLMB_E_OK; /* no output on failure */
	}
	if ((rc = reg_rd64(mb, CXLMB_MBOX_CMD, &cmd)) != 0)
		return rc;
	res->out_len = (uint32_t)((cmd >> CXLMB_MBOX_CMD_LEN_SHIFT) & CXLMB_MBOX_CMD_LEN_MASK);
	if (res->out_len > mb->payload_size)
		return CXLMB_E_OUTPUT_TOO_LARGE;
	n = res->out_len < out_cap ? res->out_len : out_cap;
	if (n && (rc = payload_read(mb, out, n)) != 0)
		return rc;
	res->copied = (uint32_t)n;
	mb->idle_known = true;
	return n < res->out_len ? CXLMB_E_OUTPUT_TRUNCATED : CXLMB_E_OK;
}

int cxlmb_mbox_result_err(const struct cxlmb_mbox_result *res)
{
	if (!res)
		return CXLMB_E_INVALID_ARG;
	return res->rc == CXLMB_RC_SUCCESS || res->rc == CXLMB_RC_BACKGROUND ? CXLMB_E_OK
									   : CXLMB_E_DEVICE_RC;
}

/* Reads of Background Command Status after the running bit cleared, until
 * two agree: a device may settle percent and return code just after. */
#define BG_SETTLE_READS 4

int cxlmb_mbox_bg_status(struct cxlmb_mbox *mb, struct cxlmb_bg_status *st)
{
	uint64_t bg, again, status;
	int rc;

	if (!mb || !mb->ops || !st)
		return CXLMB_E_INVALID_ARG;
	/* Mailbox Status first: Background Command Status read after it is at
	 * least as new, so "ended" never comes with an in-progress sample */
	if ((rc = reg_rd64(mb, CXLMB_MBOX_STATUS, &status)) != 0)
		return rc;
	if ((rc = reg_rd64(mb, CXLMB_MBOX_BG_STATUS, &bg)) != 0)
		return rc;
	st->running = (status & CXLMB_MBOX_STATUS_BG) != 0;
	for (unsigned k = 0; !st->running; k++) {
		if (k == BG_SETTLE_READS)
			return CXLMB_E_BG_INCONSISTENT;
		if ((rc = reg_rd64(mb, CXLMB_MBOX_BG_STATUS, &again)) != 0)
			return rc;
		if (again == bg)
			break;
		bg = again;
	}
	st->opcode = (uint16_t)(bg & CXLMB_MBOX_BG_OPCODE_MASK);
	st->percent = (uint8_t)((bg >> CXLMB_MBOX_BG_PCT_SHIFT) & CXLMB_MBOX_BG_PCT_MASK);
	st->rc = (uint16_t)(bg >> CXLMB_MBOX_BG_RC_SHIFT);
	st->vendor_status = (uint16_t)(bg >> CXLMB_MBOX_BG_VS_SHIFT);
	return CXLMB_E_OK;
}

int cxlmb_mbox_bg_wait(struct cxlmb_mbox *mb, uint64_t timeout_ns, struct cxlmb_bg_status *st)
{
	struct wait w;
	int rc;

	if (!mb || !mb->ops || !st)
		return CXLMB_E_INVALID_ARG;
	wait_start(mb, &w, timeout_ns);
	for (;;) {
		if ((rc = cxlmb_mbox_bg_status(mb, st)) != 0)
			return rc;
		if (!st->running)
			break;
		if (wait_over(mb, &w))
			return CXLMB_E_BG_TIMEOUT;
	}
	/* ended: it must be the operation started here, and a Success must
	 * be complete (a failed or aborted one may stop short of 100%) */
	if (mb->bg_known && st->opcode != mb->bg_opcode)
		return CXLMB_E_BG_INCONSISTENT;
	if (st->rc == CXLMB_RC_SUCCESS && st->percent != 100)
		return CXLMB_E_BG_INCONSISTENT;
	return CXLMB_E_OK;
}

int cxlmb_mbox_bg_abort(struct cxlmb_mbox *mb, struct cxlmb_mbox_result *res)
{
	int rc = cxlmb_mbox_send(mb, CXLMB_OPCODE_REQUEST_ABORT, NULL, 0, NULL, 0, res);
	/* after an abort the next command checks the doorbell again */
	if (mb)
		mb->idle_known = false;
	return rc;
}

const char *cxlmb_mbox_rc_name(uint16_t rc)
{
	/* §8.2.8.4.5.1 Table 8-34; 001Fh/0020h per r3.1+ */
	static const char *const names[] = {
		"SUCCESS", "BACKGROUND_STARTED", "INVALID_INPUT", "UNSUPPORTED", "INTERNAL_ERROR",
		"RETRY_REQUIRED", "BUSY", "MEDIA_DISABLED", "FW_TRANSFER_IN_PROGRESS",
		"FW_TRANSFER_OUT_OF_ORDER", "FW_VERIFICATION_FAILED", "INVALID_SLOT",
		"ACTIVATION_FAILED_FW_ROLLED_BACK", "ACTIVATION_FAILED_COLD_RESET_REQUIRED",
		"INVALID_HANDLE", "INVALID_PHYSICAL_ADDRESS", "INJECT_POISON_LIMIT_REACHED",
		"PERMANENT_MEDIA_FAILURE", "ABORTED", "INVALID_SECURITY_STATE",
		"INCORRECT_PASSPHRASE", "UNSUPPORTED_MAILBOX_OR_CCI", "INVALID_PAYLOAD_LENGTH",
		"INVALID_LOG", "INTERRUPTED", "UNSUPPORTED_FEATURE_VERSION",
		"UNSUPPORTED_FEATURE_SELECTION_VALUE", "FEATURE_TRANSFER_IN_PROGRESS",
		"FEATURE_TRANSFER_OUT_OF_ORDER", "RESOURCES_EXHAUSTED", "INVALID_EXTENT_LIST",
		"TRANSFER_OUT_OF_ORDER", "REQUEST_ABORT_NOT_SUPPORTED",
	};
	return rc < CXLMB_ARRAY_SIZE(names) ? names[rc] : "UNKNOWN_RC";
}
