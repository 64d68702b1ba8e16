/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Firmware slots with transfer and activation, health information and
 * alert configuration (CXL r3.2 §8.2.10.3, §8.2.10.9.3). */
#include <string.h>

#include "sim_internal.h"

#define FW_SLOTS 2u

static void fw_reset_one(struct cxlmb_sim_t3 *t)
{
	memset(&t->fw, 0, sizeof(t->fw));
	memcpy(t->fw.rev[0], "cxlmb-sim 0.1", 13);
	t->fw.active = 1;
	t->alerts = (struct cxlmb_get_alert_config_rsp){
		.valid_alerts = 0, .programmable_alerts = 0x1F, .life_used_critical = 100,
		.over_temp_critical = 100, .under_temp_critical = -20,
	};
}

uint16_t cxlmb_sim_h_get_fw_info(const struct sim_ctx *c, const void *req, void *rsp)
{
	struct cxlmb_get_fw_info_rsp *r = rsp;
	(void)req;
	r->slots_supported = FW_SLOTS;
	r->active_slot = c->t3->fw.active;
	r->staged_slot = c->t3->fw.staged;
	r->online_activation = 1;
	memcpy(r->slot_rev[0], c->t3->fw.rev[0], 16);
	memcpy(r->slot_rev[1], c->t3->fw.rev[1], 16);
	return CXLMB_RC_SUCCESS;
}

static bool valid_target(const struct sim_ctx *c, uint8_t slot)
{
	return slot >= 1 && slot <= FW_SLOTS && slot != c->t3->fw.active;
}

static void stage(const struct sim_ctx *c, uint8_t slot, const uint8_t *rev)
{
	memcpy(c->t3->fw.rev[slot - 1], rev, 16);
	if (!c->t3->fw.rev[slot - 1][0])
		c->t3->fw.rev[slot - 1][0] = '?'; /* an image with no printable revision */
}

/* Full transfer, or initiate / continue / end / abort with offsets in
 * 128-byte units that must arrive in order. */
uint16_t cxlmb_sim_h_transfer_fw(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_transfer_fw_req *q = req;
	uint8_t rev[16] = { 0 };
	(void)rsp;
	memcpy(rev, q->data.data, q->data.len < 16 ? q->data.len : 16);
	switch (q->action) {
	case CXLMB_FW_FULL:
		if (c->t3->fw.xfer)
			return CXLMB_RC_FW_IN_PROGRESS;
		if (!valid_target(c, q->slot))
			return CXLMB_RC_INVALID_SLOT;
		if (q->offset != 0)
			return CXLMB_RC_FW_OUT_OF_ORDER;
		stage(c, q->slot, rev);
		return CXLMB_RC_SUCCESS;
	case CXLMB_FW_INITIATE:
		if (c->t3->fw.xfer)
			return CXLMB_RC_FW_IN_PROGRESS;
		if (q->offset != 0 || q->data.len % 128)
			return CXLMB_RC_FW_OUT_OF_ORDER;
		c->t3->fw.xfer = 1;
		memcpy(c->t3->fw.xfer_rev, rev, 16);
		c->t3->fw.xfer_next = q->data.len / 128;
		return CXLMB_RC_SUCCESS;
	case CXLMB_FW_CONTINUE:
	case CXLMB_FW_END:
		if (!c->t3->fw.xfer || q->offset != c->t3->fw.xfer_next) {
			c->t3->fw.xfer = 0; /* an out-of-order part ends the transfer */
			return CXLMB_RC_FW_OUT_OF_ORDER;
		}
		if (q->action == CXLMB_FW_CONTINUE) {
			if (q->data.len % 128)
				return CXLMB_RC_INVALID_INPUT;
			c->t3->fw.xfer_next += q->data.len / 128;
			return CXLMB_RC_SUCCESS;
		}
		if (!valid_target(c, q->slot))
			return CXLMB_RC_INVALID_SLOT;
		c->t3->fw.xfer = 0;
		stage(c, q->slot, c->t3->fw.xfer_rev);
		return CXLMB_RC_SUCCESS;
	default: /* abort */
		c->t3->fw.xfer = 0;
		return CXLMB_RC_SUCCESS;
	}
}

uint16_t cxlmb_sim_h_activate_fw(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_activate_fw_req *q = req;
	(void)rsp;
	if (q->slot < 1 || q->slot > FW_SLOTS || !c->t3->fw.rev[q->slot - 1][0])
		return CXLMB_RC_INVALID_SLOT;
	if (q->action == 0) { /* online */
		c->t3->fw.active = q->slot;
		c->t3->fw.staged = 0;
	} else { /* on the next cold reset */
		c->t3->fw.staged = q->slot;
	}
	return CXLMB_RC_SUCCESS;
}


uint16_t cxlmb_sim_h_get_health_info(const struct sim_ctx *c, const void *req, void *rsp)
{
	struct cxlmb_get_health_info_rsp *r = rsp;
	(void)req;
	r->life_used = 10;
	r->temperature = 35;
	r->dirty_shutdowns = c->t3->dirty_shutdown;
	r->media_status = 0;
	return CXLMB_RC_SUCCESS;
}

uint16_t cxlmb_sim_h_get_alert_config(const struct sim_ctx *c, const void *req, void *rsp)
{
	(void)req;
	*(struct cxlmb_get_alert_config_rsp *)rsp = c->t3->alerts;
	return CXLMB_RC_SUCCESS;
}

/* Alert bits: 0 life used, 1 over-temp, 2 under-temp, 3 corrected volatile,
 * 4 corrected persistent.  Only programmable alerts may be set; a warning
 * threshold must not pass its critical one. */
uint16_t cxlmb_sim_h_set_alert_config(const struct sim_ctx *c, const void *req, void *rsp)
{
	const struct cxlmb_set_alert_config_req *q = req;
	struct cxlmb_get_alert_config_rsp *a = &c->t3->alerts;
	(void)rsp;
	if (q->valid_alert_actions & ~a->programmable_alerts)
		return CXLMB_RC_INVALID_INPUT;
	if ((q->valid_alert_actions & 0x01) && q->life_used_warning > a->life_used_critical)
		return CXLMB_RC_INVALID_INPUT;
	if ((q->valid_alert_actions & 0x02) && q->over_temp_warning > a->over_temp_critical)
		return CXLMB_RC_INVALID_INPUT;
	if ((q->valid_alert_actions & 0x04) && q->under_temp_warning < a->under_temp_critical)
		return CXLMB_RC_INVALID_INPUT;
	if (q->valid_alert_actions & 0x01)
		a->life_used_warning = q->life_used_warning;
	if (q->valid_alert_actions & 0x02)
		a->over_temp_warning = q->over_temp_warning;
	if (q->valid_alert_actions & 0x04)
		a->under_temp_warning = q->under_temp_warning;
	if (q->valid_alert_actions & 0x08)
		a->corrected_volatile_warning = q->corrected_volatile_warning;
	if (q->valid_alert_actions & 0x10)
		a->corrected_persistent_warning = q->corrected_persistent_warning;
	a->valid_alerts = (uint8_t)((a->valid_alerts & ~q->valid_alert_actions) |
				    (q->enable_alert_actions & q->valid_alert_actions));
	return CXLMB_RC_SUCCESS;
}

/* ---- lifecycle: a staged image becomes active at a power cycle, an open
 * transfer is lost ---- */

static void fw_reset(struct cxlmb_sim *s)
{
	for (unsigned d = 0; d < s->nt3; d++)
		fw_reset_one(&s->t3[d]);
}

static void fw_power_cycle(struct cxlmb_sim *s)
{
	for (unsigned d = 0; d < s->nt3; d++) {
		struct cxlmb_sim_t3 *t = &s->t3[d];
		if (t->fw.staged) {
			t->fw.active = t->fw.staged;
			t->fw.staged = 0;
		}
		t->fw.xfer = 0;
	}
}

static const char *fw_check(const struct cxlmb_sim *s)
{
	for (unsigned d = 0; d < s->nt3; d++) {
		const struct cxlmb_sim_t3 *t = &s->t3[d];
		if (t->fw.active < 1 || t->fw.active > FW_SLOTS || t->fw.staged > FW_SLOTS)
			return "firmware slot out of range";
	}
	return NULL;
}

const struct sim_concern cxlmb_sim_fw_concern = { fw_reset, fw_power_cycle, fw_check };
