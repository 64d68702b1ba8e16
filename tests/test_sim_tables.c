/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The simulator's handler tables are what its binary search trusts: each
 * ascending, no opcode twice, every opcode in the catalog.  The check
 * passes on the real tables and catches each kind of broken one.  The
 * topology table is checked against the Type-3 states it points into. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "sim_internal.h"

static void test_real_tables_hold(void **state)
{
	(void)state;
	assert_null(cxlmb_sim_tables_check());
	assert_null(cxlmb_sim_table_check(cxlmb_sim_type3_cmds, cxlmb_sim_type3_ncmds));
	assert_null(cxlmb_sim_table_check(cxlmb_sim_switch_cmds, cxlmb_sim_switch_ncmds));
	assert_null(cxlmb_sim_table_check(cxlmb_sim_fmld_cmds, cxlmb_sim_fmld_ncmds));
	/* and what dispatch lists is the table, in order */
	for (unsigned ep = 0; ep < CXLMB_SIM_EP_COUNT; ep++)
		for (size_t i = 1; i < cxlmb_sim_ep_command_count(ep); i++)
			assert_true(cxlmb_sim_ep_command_at(ep, i - 1) < cxlmb_sim_ep_command_at(ep, i));
}

static void test_broken_tables_caught(void **state)
{
	(void)state;
	const struct sim_cmd unsorted[] = { { 0x0002, cxlmb_sim_h_bg_op_status },
					    { 0x0001, cxlmb_sim_h_identify } };
	const struct sim_cmd twice[] = { { 0x0001, cxlmb_sim_h_identify },
					 { 0x0001, cxlmb_sim_h_identify } };
	const struct sim_cmd unknown[] = { { 0x0001, cxlmb_sim_h_identify },
					   { 0x1234, cxlmb_sim_h_identify } }; /* no such command */
	const struct sim_cmd no_handler[] = { { 0x0001, NULL } };

	assert_string_equal(cxlmb_sim_table_check(unsorted, 2), "opcodes out of ascending order");
	assert_string_equal(cxlmb_sim_table_check(twice, 2), "an opcode listed twice");
	assert_string_equal(cxlmb_sim_table_check(unknown, 2), "an opcode the catalog does not describe");
	assert_string_equal(cxlmb_sim_table_check(no_handler, 1), "a table entry without a handler");
	assert_null(cxlmb_sim_table_check(unsorted, 1)); /* one entry is always in order */
}

/* The topology table and the Type-3 states agree: every port's devices lie
 * in t3[], no two ports share one, the named ports hold what sim.h says. */
static void test_topology_fits_the_states(void **state)
{
	(void)state;
	unsigned owner[CXLMB_SIM_T3S];
	for (unsigned d = 0; d < CXLMB_SIM_T3S; d++)
		owner[d] = ~0u;
	for (unsigned p = 0; p < CXLMB_SIM_PORTS; p++) {
		const struct sim_port *e = cxlmb_sim_port(p);
		unsigned n = e->kind == SIM_PORT_MLD ? e->lds : e->kind == SIM_PORT_SLD ? 1 : 0;
		assert_true(e->kind != SIM_PORT_MLD || e->lds > 0);
		for (unsigned d = e->dev; d < e->dev + n; d++) {
			assert_true(d < CXLMB_SIM_T3S);
			assert_int_equal(owner[d], ~0u);
			owner[d] = p;
		}
	}
	assert_null(cxlmb_sim_port(CXLMB_SIM_PORTS));
	assert_int_equal(cxlmb_sim_port(CXLMB_SIM_MLD_PORT)->kind, SIM_PORT_MLD);
	assert_int_equal(cxlmb_sim_port(CXLMB_SIM_MLD_PORT)->lds, CXLMB_SIM_MLD_LDS);
	assert_int_equal(cxlmb_sim_port(CXLMB_SIM_SLD_PORT)->kind, SIM_PORT_SLD);
	assert_int_equal(cxlmb_sim_port(CXLMB_SIM_SLD_PORT)->dev, CXLMB_SIM_SLD_DEV);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_real_tables_hold),
		cmocka_unit_test(test_broken_tables_caught),
		cmocka_unit_test(test_topology_fits_the_states),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
