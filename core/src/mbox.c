/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Mailbox transport: the doorbell protocol of CXL r3.2 §8.2.8.4, driven the
 * way Linux drives it (payload first, then command, then doorbell). */
#include "cxlmb/error.h"
#include "cxlmb/mbox.h"

#define NS_PER_MS 1000000ull

void cxlmb_mbox_config_default(struct cxlmb_mbox_config *cfg)
{
	cxlmb_memset(cfg, 0, sizeof(*cfg));
	cfg->cmd_timeout_ns = 2000 * NS_PER_MS;
	cfg->ready_timeout_ns = 60000 * NS_PER_MS;
	cfg->poll_ns = 10000; /* 10 us */
}

static uint64_t now(const struct cxlmb_mbox *mb)
{
	return mb->ops->now_ns ? mb->ops->now_ns(mb->ctx) : 0;
}

static void pause_poll(const struct cxlmb_mbox *mb)
{
	if (mb->ops->delay_ns)
		mb->ops->delay_ns(mb->ctx, mb->cfg.poll_ns);
}

static int rd32(const struct cxlmb_mbox *mb, uint32_t reg, uint32_t *v)
{
	return mb->ops->read32(mb->ctx, mb->cfg.mbox_off + reg, v) ? CXLMB_E_BACKEND : CXLMB_E_OK;
}

static int rd64(const struct cxlmb_mbox *mb, uint32_t off, uint64_t *v)
{
	return mb->ops->read64(mb->ctx, off, v) ? CXLMB_E_BACKEND : CXLMB_E_OK;
}

/* A wait ends when the clock passes the budget or when the delays asked
 * for add up to it, so a backend whose clock never moves (a hostile or
 * broken device) cannot hang the host.  No 64-bit division: the core links
 * without libgcc helpers on 32-bit targets. */
static bool budget_spent(const struct cxlmb_mbox *mb, uint64_t start, uint64_t *waited,
			 uint64_t budget_ns)
{
	if (now(mb) - start >= budget_ns || *waited >= budget_ns)
		return true;
	*waited += mb->cfg.poll_ns ? mb->cfg.poll_ns : 1;
	return false;
}

/* Wait until (reg & mask) == want, within budget_ns.  One re-check after
 * the deadline, as Linux does, so a late scheduling does not fail a command. */
static int wait_bits(const struct cxlmb_mbox *mb, uint32_t off, bool is64, uint64_t mask,
		     uint64_t want, uint64_t budget_ns, int timeout_err)
{
	uint64_t start = now(mb), waited = 0;

	for (;;) {
		uint64_t v;
		int rc;
		if (is64) {
			rc = rd64(mb, off, &v);
		} else {
			uint32_t v32 = 0;
			rc = mb->ops->read32(mb->ctx, off, &v32) ? CXLMB_E_BACKEND : CXLMB_E_OK;
			v = v32;
		}
		if (rc)
			return rc;
		if ((v & mask) == want)
			return CXLMB_E_OK;
		if (budget_spent(mb, start, &waited, budget_ns))
			return timeout_err;
		pause_poll(mb);
	}
}

int cxlmb_mbox_init(struct cxlmb_mbox *mb, const struct cxlmb_backend_ops *ops, void *ctx,
		    const struct cxlmb_mbox_config *cfg)
{
	uint32_t shift;
	int rc;

	if (!mb || !ops || !cfg || !ops->read32 || !ops->read64 || !ops->write32 || !ops->write64)
		return CXLMB_E_INVALID_ARG;
	cxlmb_memset(mb, 0, sizeof(*mb));
	mb->ops = ops;
	mb->ctx = ctx;
	mb->cfg = *cfg;
	if (cfg->has_memdev_status) {
		rc = wait_bits(mb, cfg->memdev_status_off, true, CXLMB_MEMDEV_STATUS_MBOX_READY,
			       CXLMB_MEMDEV_STATUS_MBOX_READY, cfg->ready_timeout_ns,
			       CXLMB_E_MBOX_NOT_READY);
		if (rc)
			return rc;
	}
	rc = rd32(mb, CXLMB_MBOX_CAPS, &mb->caps);
	if (rc)
		return rc;
	shift = mb->caps & CXLMB_MBOX_CAPS_PAYLOAD_SHIFT_MASK;
	if (shift < 8 || shift > 20)
		return CXLMB_E_BAD_PAYLOAD_SIZE;
	mb->payload_size = 1u << shift;
	/* the registers plus the payload must lie inside the capability */
	if (cfg->mbox_len && cfg->mbox_len < CXLMB_MBOX_PAYLOAD + mb->payload_size)
		return CXLMB_E_BAD_PAYLOAD_SIZE;
	return CXLMB_E_OK;
}

/* Payload copies: bulk when the backend offers it, else 32-bit accesses.
 * Rounding a length up to 4 stays inside the area (its size is 2^n >= 256). */
static int payload_write(const struct cxlmb_mbox *mb, const uint8_t *src, size_t len)
{
	uint32_t base = mb->cfg.mbox_off + CXLMB_MBOX_PAYLOAD;

	if (mb->ops->write_bytes)
		return mb->ops->write_bytes(mb->ctx, base, src, len) ? CXLMB_E_BACKEND : CXLMB_E_OK;
	for (size_t i = 0; i < len; i += 4) {
		uint8_t w[4] = { 0, 0, 0, 0 };
		size_t n = len - i < 4 ? len - i : 4;
		cxlmb_memcpy(w, src + i, n);
		uint32_t v = (uint32_t)w[0] | (uint32_t)w[1] << 8 | (uint32_t)w[2] << 16 |
			     (uint32_t)w[3] << 24;
		if (mb->ops->write32(mb->ctx, base + (uint32_t)i, v))
			return CXLMB_E_BACKEND;
	}
	return CXLMB_E_OK;
}

static int payload_read(const struct cxlmb_mbox *mb, uint8_t *dst, size_t len)
{
	uint32_t base = mb->cfg.mbox_off + CXLMB_MBOX_PAYLOAD;

	if (mb->ops->read_bytes)
		return mb->ops->read_bytes(mb->ctx, base, dst, len) ? CXLMB_E_BACKEND : CXLMB_E_OK;
	for (size_t i = 0; i < len; i += 4) {
		uint32_t v;
		size_t n = len - i < 4 ? len - i : 4;
		if (mb->ops->read32(mb->ctx, base + (uint32_t)i, &v))
			return CXLMB_E_BACKEND;
		for (size_t k = 0; k < n; k++)
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
	if ((rc = rd32(mb, CXLMB_MBOX_CTRL, &ctrl)) != 0)
		return rc;
	if (ctrl & CXLMB_MBOX_CTRL_DOORBELL)
		return CXLMB_E_DOORBELL_BUSY;
	if (in_len && (rc = payload_write(mb, in, in_len)) != 0)
		return rc;
	cmd = opcode | ((uint64_t)in_len << CXLMB_MBOX_CMD_LEN_SHIFT);
	if (mb->ops->write64(mb->ctx, mb->cfg.mbox_off + CXLMB_MBOX_CMD, cmd))
		return CXLMB_E_BACKEND;
	if (mb->ops->write32(mb->ctx, mb->cfg.mbox_off + CXLMB_MBOX_CTRL, CXLMB_MBOX_CTRL_DOORBELL))
		return CXLMB_E_BACKEND;
	rc = wait_bits(mb, mb->cfg.mbox_off + CXLMB_MBOX_CTRL, false, CXLMB_MBOX_CTRL_DOORBELL, 0,
		       mb->cfg.cmd_timeout_ns, CXLMB_E_TIMEOUT);
	if (rc)
		return rc;
	if ((rc = rd64(mb, mb->cfg.mbox_off + CXLMB_MBOX_STATUS, &status)) != 0)
		return rc;
	res->rc = (uint16_t)(status >> CXLMB_MBOX_STATUS_RC_SHIFT);
	res->vendor_status = (uint16_t)(status >> CXLMB_MBOX_STATUS_VS_SHIFT);
	res->bg_started = res->rc == CXLMB_RC_BACKGROUND;
	if (res->rc != CXLMB_RC_SUCCESS && res->rc != CXLMB_RC_BACKGROUND)
		return CXLMB_E_OK; /* no output on failure */
	if ((rc = rd64(mb, mb->cfg.mbox_off + CXLMB_MBOX_CMD, &cmd)) != 0)
		return rc;
	res->out_len = (uint32_t)((cmd >> CXLMB_MBOX_CMD_LEN_SHIFT) & CXLMB_MBOX_CMD_LEN_MASK);
	if (res->out_len > mb->payload_size)
		return CXLMB_E_OUTPUT_TOO_LARGE;
	n = res->out_len < out_cap ? res->out_len : out_cap;
	if (n && (rc = payload_read(mb, out, n)) != 0)
		return rc;
	res->copied = (uint32_t)n;
	return n < res->out_len ? CXLMB_E_OUTPUT_TRUNCATED : CXLMB_E_OK;
}

int cxlmb_mbox_result_err(const struct cxlmb_mbox_result *res)
{
	return res->rc == CXLMB_RC_SUCCESS || res->rc == CXLMB_RC_BACKGROUND ? CXLMB_E_OK
									   : CXLMB_E_DEVICE_RC;
}

int cxlmb_mbox_bg_status(struct cxlmb_mbox *mb, struct cxlmb_bg_status *st)
{
	uint64_t bg, status;
	int rc;

	if (!mb || !mb->ops || !st)
		return CXLMB_E_INVALID_ARG;
	if ((rc = rd64(mb, mb->cfg.mbox_off + CXLMB_MBOX_BG_STATUS, &bg)) != 0)
		return rc;
	if ((rc = rd64(mb, mb->cfg.mbox_off + CXLMB_MBOX_STATUS, &status)) != 0)
		return rc;
	st->opcode = (uint16_t)(bg & CXLMB_MBOX_BG_OPCODE_MASK);
	st->percent = (uint8_t)((bg >> CXLMB_MBOX_BG_PCT_SHIFT) & CXLMB_MBOX_BG_PCT_MASK);
	st->rc = (uint16_t)(bg >> CXLMB_MBOX_BG_RC_SHIFT);
	st->vendor_status = (uint16_t)(bg >> CXLMB_MBOX_BG_VS_SHIFT);
	st->running = (status & CXLMB_MBOX_STATUS_BG) != 0;
	return CXLMB_E_OK;
}

int cxlmb_mbox_bg_wait(struct cxlmb_mbox *mb, uint64_t timeout_ns, struct cxlmb_bg_status *st)
{
	uint64_t start, waited = 0;
	int rc;

	if (!mb || !mb->ops || !st)
		return CXLMB_E_INVALID_ARG;
	start = now(mb);
	for (;;) {
		if ((rc = cxlmb_mbox_bg_status(mb, st)) != 0)
			return rc;
		if (!st->running)
			return CXLMB_E_OK;
		if (budget_spent(mb, start, &waited, timeout_ns))
			return CXLMB_E_BG_TIMEOUT;
		pause_poll(mb);
	}
}

int cxlmb_mbox_bg_abort(struct cxlmb_mbox *mb, struct cxlmb_mbox_result *res)
{
	return cxlmb_mbox_send(mb, CXLMB_OPCODE_REQUEST_ABORT, NULL, 0, NULL, 0, res);
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
