/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The simulated register block and its backend ops. */
#include <stdlib.h>
#include <string.h>

#include "le.h" /* the core's little-endian helpers: one set for both */
#include "sim_internal.h"

void cxlmb_sim_poke32(struct cxlmb_sim *s, uint32_t off, uint32_t v)
{
	if (off + 4 <= s->regs_len)
		cxlmb_put_le(s->regs + off, 4, v);
}

void cxlmb_sim_poke64(struct cxlmb_sim *s, uint32_t off, uint64_t v)
{
	if (off + 8 <= s->regs_len)
		cxlmb_put_le(s->regs + off, 8, v);
}

uint64_t cxlmb_sim_peek64(const struct cxlmb_sim *s, uint32_t off)
{
	return off + 8 <= s->regs_len ? cxlmb_get_le(s->regs + off, 8) : 0;
}

void cxlmb_sim_config_default(struct cxlmb_sim_config *cfg)
{
	memset(cfg, 0, sizeof(*cfg));
	cfg->payload_shift = 11;
	cfg->sanitize_ns = 10000000; /* 10 ms */
}

/* Power-on register contents: CXL r3.2 §8.2.8.1 capabilities array with
 * Device Status (0001h), Primary Mailbox (0002h), Memory Device Status (4000h). */
static void write_header(struct cxlmb_sim *s)
{
	uint8_t *r = s->regs;

	bool type3 = s->cfg.variant != CXLMB_SIM_SWITCH;

	memset(r, 0, CXLMB_SIM_REGS_LEN);
	/* ID 0, version 1; a switch CCI has no Memory Device Status */
	cxlmb_put_le(r + 0x00, 8, type3 ? 0x0000000300010000ull : 0x0000000200010000ull);
	cxlmb_put_le(r + 0x10, 4, 0x00020001);             /* Device Status, version 2 */
	cxlmb_put_le(r + 0x14, 4, CXLMB_SIM_DEV_STATUS_OFF);
	cxlmb_put_le(r + 0x18, 4, 8);
	cxlmb_put_le(r + 0x20, 4, 0x00010002); /* Primary Mailbox, version 1 */
	cxlmb_put_le(r + 0x24, 4, CXLMB_SIM_MBOX_OFF);
	cxlmb_put_le(r + 0x28, 4, CXLMB_MBOX_PAYLOAD + s->payload_size);
	if (type3) {
		cxlmb_put_le(r + 0x30, 4, 0x00014000); /* Memory Device Status, version 1 */
		cxlmb_put_le(r + 0x34, 4, CXLMB_SIM_MEMDEV_STATUS_OFF);
		cxlmb_put_le(r + 0x38, 4, 8);
	}
	/* media ready (3:2 = 1) and, unless quirked, mailbox interfaces ready */
	cxlmb_put_le(r + CXLMB_SIM_MEMDEV_STATUS_OFF, 8,
	       (1u << 2) | CXLMB_MEMDEV_STATUS_MBOX_READY);
	cxlmb_put_le(r + CXLMB_SIM_MBOX_OFF + CXLMB_MBOX_CAPS, 4, s->cfg.payload_shift);
}

/* Every concern's state, each owning its lifecycle (sim_internal.h). */
static const struct sim_concern *const concerns[] = {
	&cxlmb_sim_bg_concern,     &cxlmb_sim_state_concern, &cxlmb_sim_events_concern,
	&cxlmb_sim_fw_concern,     &cxlmb_sim_media_concern, &cxlmb_sim_dc_concern,
	&cxlmb_sim_switch_concern, &cxlmb_sim_mld_concern,
};
#define NCONCERNS (sizeof(concerns) / sizeof(concerns[0]))

/* The register block's own state: the clock, the mailbox, the payload. */
static void regs_reset(struct cxlmb_sim *s)
{
	write_header(s);
	memset(s->regs + CXLMB_SIM_REGS_LEN, 0, s->payload_dirty);
	s->payload_dirty = 0;
	s->now_ns = 0;
	s->commands = 0;
	s->pending_at = 0;
}

int cxlmb_sim_init(struct cxlmb_sim *s, const struct cxlmb_sim_config *cfg)
{
	struct cxlmb_sim_config def;

	if (!cfg) {
		cxlmb_sim_config_default(&def);
		cfg = &def;
	}
	if (cfg->payload_shift < 8 || cfg->payload_shift > 20 || cfg->variant > CXLMB_SIM_SWITCH)
		return CXLMB_E_INVALID_ARG;
	/* a topology is the switch's; a table the model cannot hold is refused
	 * (cxlmb_sim_topology_check says why) */
	if (cfg->topology && (cfg->variant != CXLMB_SIM_SWITCH ||
			      cxlmb_sim_topology_check(cfg->topology, cfg->nports)))
		return CXLMB_E_INVALID_ARG;
	if (cxlmb_sim_tables_check()) /* its dispatch would miss commands */
		return CXLMB_E_UNKNOWN_OPCODE;
	memset(s, 0, sizeof(*s));
	s->cfg = *cfg;
	s->cfg.topology = NULL; /* copied below: the caller's table need not outlive init */
	if (cfg->variant != CXLMB_SIM_SWITCH)
		s->nt3 = 1; /* the Type-3 device alone */
	else if (cfg->topology)
		cxlmb_sim_topology_load(s, cfg->topology, cfg->nports);
	else
		cxlmb_sim_topology_load(s, cxlmb_sim_default_topology, CXLMB_SIM_PORTS);
	s->cfg.nports = s->nports;
	s->payload_size = 1u << cfg->payload_shift;
	s->regs_len = CXLMB_SIM_REGS_LEN + s->payload_size;
	s->regs = calloc(1, s->regs_len);
	/* one response area per tunnel level: inner payload + wrapped message */
	s->scratch_stride = 2 * (s->payload_size + 64);
	s->scratch = calloc(CXLMB_TUNNEL_MAX_DEPTH + 1, s->scratch_stride);
	if (!s->regs || !s->scratch) {
		free(s->regs);
		free(s->scratch);
		return CXLMB_E_BACKEND;
	}
	cxlmb_sim_reset(s);
	cxlmb_sim_build_logs(s);
	return CXLMB_E_OK;
}

void cxlmb_sim_fini(struct cxlmb_sim *s)
{
	free(s->regs);
	free(s->scratch);
	s->regs = NULL;
	s->scratch = NULL;
}

void cxlmb_sim_reset(struct cxlmb_sim *s)
{
	regs_reset(s);
	for (size_t i = 0; i < NCONCERNS; i++)
		if (concerns[i]->reset)
			concerns[i]->reset(s);
}

void cxlmb_sim_power_cycle(struct cxlmb_sim *s)
{
	regs_reset(s);
	for (size_t i = 0; i < NCONCERNS; i++)
		if (concerns[i]->power_cycle)
			concerns[i]->power_cycle(s);
}

const char *cxlmb_sim_check(const struct cxlmb_sim *s)
{
	const char *why;
	for (size_t i = 0; i < NCONCERNS; i++)
		if (concerns[i]->check && (why = concerns[i]->check(s)) != NULL)
			return why;
	return NULL;
}

void cxlmb_sim_mbox_config(const struct cxlmb_sim *s, struct cxlmb_mbox_config *cfg)
{
	cxlmb_mbox_config_default(cfg);
	cfg->mbox_off = CXLMB_SIM_MBOX_OFF;
	cfg->mbox_len = CXLMB_MBOX_PAYLOAD + s->payload_size;
	cfg->memdev_status_off = CXLMB_SIM_MEMDEV_STATUS_OFF;
	cfg->has_memdev_status = s->cfg.variant != CXLMB_SIM_SWITCH;
	cfg->ready_timeout_ns = 1000000000ull; /* virtual: 1 s */
}


static bool in_block(const struct cxlmb_sim *s, uint32_t off, size_t len, unsigned align)
{
	return off % align == 0 && len <= s->regs_len && off <= s->regs_len - len;
}

static bool is_bg_reg(uint32_t off)
{
	return off == CXLMB_SIM_MBOX_OFF + CXLMB_MBOX_STATUS ||
	       off == CXLMB_SIM_MBOX_OFF + CXLMB_MBOX_BG_STATUS;
}

static int sim_read32(void *ctx, uint32_t off, uint32_t *v)
{
	struct cxlmb_sim *s = ctx;
	if (!in_block(s, off, 4, 4))
		return CXLMB_E_BACKEND;
	cxlmb_sim_poll_pending(s);
	*v = (uint32_t)cxlmb_sim_q_reg_read(s, off, cxlmb_get_le(s->regs + off, 4));
	return 0;
}

static int sim_read64(void *ctx, uint32_t off, uint64_t *v)
{
	struct cxlmb_sim *s = ctx;
	if (!in_block(s, off, 8, 8))
		return CXLMB_E_BACKEND;
	cxlmb_sim_poll_pending(s);
	if (is_bg_reg(off) && cxlmb_sim_root_bg(s)->running)
		cxlmb_sim_bg_tick(s);
	*v = cxlmb_sim_q_reg_read(s, off, cxlmb_get_le(s->regs + off, 8));
	return 0;
}

/* Writes to read-only registers are dropped, as hardware does. */
static bool writable(uint32_t off)
{
	return off == CXLMB_SIM_MBOX_OFF + CXLMB_MBOX_CTRL ||
	       off == CXLMB_SIM_MBOX_OFF + CXLMB_MBOX_CMD ||
	       off >= CXLMB_SIM_REGS_LEN;
}

static void note_payload(struct cxlmb_sim *s, uint32_t off, size_t len)
{
	if (off >= CXLMB_SIM_REGS_LEN) {
		uint32_t end = (uint32_t)(off + len - CXLMB_SIM_REGS_LEN);
		if (end > s->payload_dirty)
			s->payload_dirty = end;
	}
}

static int sim_write32(void *ctx, uint32_t off, uint32_t v)
{
	struct cxlmb_sim *s = ctx;
	if (!in_block(s, off, 4, 4))
		return CXLMB_E_BACKEND;
	if (!writable(off))
		return 0;
	cxlmb_put_le(s->regs + off, 4, v);
	note_payload(s, off, 4);
	if (off == CXLMB_SIM_MBOX_OFF + CXLMB_MBOX_CTRL && (v & CXLMB_MBOX_CTRL_DOORBELL))
		cxlmb_sim_execute(s);
	return 0;
}

static int sim_write64(void *ctx, uint32_t off, uint64_t v)
{
	struct cxlmb_sim *s = ctx;
	if (!in_block(s, off, 8, 8))
		return CXLMB_E_BACKEND;
	if (!writable(off))
		return 0;
	cxlmb_put_le(s->regs + off, 8, v);
	note_payload(s, off, 8);
	return 0;
}

static int sim_read_bytes(void *ctx, uint32_t off, uint8_t *dst, size_t len)
{
	struct cxlmb_sim *s = ctx;
	if (!in_block(s, off, len, 1) || off < CXLMB_SIM_REGS_LEN)
		return CXLMB_E_BACKEND;
	memcpy(dst, s->regs + off, len);
	return 0;
}

static int sim_write_bytes(void *ctx, uint32_t off, const uint8_t *src, size_t len)
{
	struct cxlmb_sim *s = ctx;
	if (!in_block(s, off, len, 1) || off < CXLMB_SIM_REGS_LEN)
		return CXLMB_E_BACKEND;
	memcpy(s->regs + off, src, len);
	note_payload(s, off, len);
	return 0;
}

static uint64_t sim_now(void *ctx)
{
	return ((struct cxlmb_sim *)ctx)->now_ns;
}

static void sim_delay(void *ctx, uint64_t ns)
{
	((struct cxlmb_sim *)ctx)->now_ns += ns;
}

const struct cxlmb_backend_ops cxlmb_sim_ops = {
	.read32 = sim_read32,
	.read64 = sim_read64,
	.write32 = sim_write32,
	.write64 = sim_write64,
	.read_bytes = sim_read_bytes,
	.write_bytes = sim_write_bytes,
	.now_ns = sim_now,
	.delay_ns = sim_delay,
};
