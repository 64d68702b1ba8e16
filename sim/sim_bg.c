/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Background operation engines (CXL r3.2 §8.2.8.4.7, §8.2.10.1.2): each
 * CCI has one: the switch's, each MLD's FM-owned LD, each Type-3 device or LD.  A start carries its
 * completion, so the engine knows no background command by name. */
#include <string.h>

#include "le.h" /* the core's little-endian helpers: one set for both */
#include "sim_internal.h"

/* The registers show the root endpoint's engine only: an LD's operation,
 * started through a tunnel, is seen through that LD's 0002h. */
static void bg_publish(struct cxlmb_sim *s)
{
	uint8_t *mb = s->regs + CXLMB_SIM_MBOX_OFF;
	const struct cxlmb_sim_bg *bg = cxlmb_sim_root_bg(s);
	uint64_t st = cxlmb_get_le64(mb + CXLMB_MBOX_STATUS) & ~CXLMB_MBOX_STATUS_BG;

	cxlmb_put_le64(mb + CXLMB_MBOX_STATUS, st | (bg->running ? CXLMB_MBOX_STATUS_BG : 0));
	cxlmb_put_le64(mb + CXLMB_MBOX_BG_STATUS, bg->opcode | (uint64_t)bg->percent << 16 |
					 (uint64_t)bg->rc << 32);
}

static void bg_tick_one(struct cxlmb_sim *s, struct cxlmb_sim_bg *bg)
{
	uint64_t elapsed;

	if (!bg->running)
		return;
	elapsed = s->now_ns - bg->start_ns;
	if (cxlmb_sim_q_bg_progress(s, bg, elapsed))
		return; /* a quirk decides its progress */
	if (elapsed >= bg->duration_ns) {
		bg->running = false;
		s->bg_active--;
		bg->percent = 100;
		bg->rc = CXLMB_RC_SUCCESS;
		if (bg->done)
			bg->done(s, bg->arg);
	} else {
		bg->percent = (uint8_t)(elapsed * 100 / bg->duration_ns);
	}
}

/* Time has passed: every engine's operation moves on. */
void cxlmb_sim_bg_tick(struct cxlmb_sim *s)
{
	bool root_running;

	if (!s->bg_active)
		return; /* nothing runs: the registers are already right */
	root_running = cxlmb_sim_root_bg(s)->running;
	bg_tick_one(s, &s->sw_bg);
	for (unsigned m = 0; m < s->nmld; m++)
		bg_tick_one(s, &s->mld[m].bg);
	for (unsigned d = 0; d < s->nt3; d++)
		bg_tick_one(s, &s->t3[d].bg);
	if (root_running) /* an idle engine's registers are already right */
		bg_publish(s);
}

uint16_t cxlmb_sim_bg_start(const struct sim_ctx *c, uint16_t opcode, uint64_t duration_ns,
			    cxlmb_sim_bg_done done, unsigned arg)
{
	if (!c->bg->running)
		c->s->bg_active++;
	*c->bg = (struct cxlmb_sim_bg){ .running = true, .opcode = opcode, .start_ns = c->s->now_ns,
					.duration_ns = duration_ns ? duration_ns : 1, .done = done,
					.arg = arg };
	bg_publish(c->s);
	return CXLMB_RC_BACKGROUND;
}

void cxlmb_sim_bg_abandon(const struct sim_ctx *c)
{
	struct cxlmb_sim_bg *bg = c->bg;

	if (!bg->running)
		return;
	bg->running = false;
	c->s->bg_active--;
	if (bg->abandon)
		bg->abandon(c->s, bg->arg);
}

/* Only operations whose CEL entry says "abort supported" can be aborted
 * (§8.2.10.1.5); an aborted operation never completes. */
uint16_t cxlmb_sim_h_request_abort(const struct sim_ctx *c, const void *req, void *rsp)
{
	struct cxlmb_sim *s = c->s;
	struct cxlmb_sim_bg *bg = c->bg;
	const struct cxlmb_cmd *cmd;
	(void)req;
	(void)rsp;
	cxlmb_sim_bg_tick(s);
	if (!bg->running)
		return CXLMB_RC_SUCCESS;
	cmd = cxlmb_cmd_find(bg->opcode);
	if ((!cmd || !(cmd->effects & CXLMB_EFF_ABORT_SUPPORTED)) &&
	    !cxlmb_sim_q_breaks(s, SIM_RULE_ABORT_CEL))
		return CXLMB_RC_ABORT_UNSUPPORTED;
	if (!cxlmb_sim_q_abort(s)) {
		cxlmb_sim_bg_abandon(c);
		bg->rc = CXLMB_RC_ABORTED;
		bg_publish(s);
	}
	return CXLMB_RC_SUCCESS;
}

/* ---- lifecycle: no operation survives a reset or a power cycle ---- */

static void bg_reset(struct cxlmb_sim *s)
{
	memset(&s->sw_bg, 0, sizeof(s->sw_bg));
	for (unsigned m = 0; m < s->nmld; m++)
		memset(&s->mld[m].bg, 0, sizeof(s->mld[m].bg));
	for (unsigned d = 0; d < s->nt3; d++)
		memset(&s->t3[d].bg, 0, sizeof(s->t3[d].bg));
	s->bg_active = 0;
}

static const char *bg_check_one(const struct cxlmb_sim_bg *bg)
{
	if (bg->percent > 100 || (bg->running && bg->percent == 100))
		return "background progress beyond 100%";
	if (bg->running) {
		const struct cxlmb_cmd *c = cxlmb_cmd_find(bg->opcode);
		if (!c || !(c->flags & CXLMB_CMD_BG))
			return "a command that is not a background command runs in the background";
	}
	return NULL;
}

static const char *bg_check(const struct cxlmb_sim *s)
{
	const uint8_t *mb = s->regs + CXLMB_SIM_MBOX_OFF;
	const struct cxlmb_sim_bg *root = s->cfg.variant == CXLMB_SIM_SWITCH ? &s->sw_bg : &s->t3[0].bg;
	uint64_t bgreg = cxlmb_get_le64(mb + CXLMB_MBOX_BG_STATUS);
	uint32_t running = 0;
	const char *why;

	for (unsigned d = 0; d < s->nt3; d++) {
		if ((why = bg_check_one(&s->t3[d].bg)) != NULL)
			return why;
		running += s->t3[d].bg.running;
	}
	for (unsigned m = 0; m < s->nmld; m++) {
		if ((why = bg_check_one(&s->mld[m].bg)) != NULL)
			return why;
		running += s->mld[m].bg.running;
	}
	if ((why = bg_check_one(&s->sw_bg)) != NULL)
		return why;
	running += s->sw_bg.running;
	if (running != s->bg_active)
		return "background engines running disagree with the count of active ones";
	if ((uint16_t)bgreg != root->opcode || ((bgreg >> 16) & 0x7F) != root->percent)
		return "Background Command Status register disagrees with the device";
	return NULL;
}

const struct sim_concern cxlmb_sim_bg_concern = { bg_reset, bg_reset, bg_check };
