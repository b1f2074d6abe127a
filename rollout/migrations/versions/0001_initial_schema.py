"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 09:18:09.391514
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=80), nullable=False),
    sa.Column('display_name', sa.String(length=160), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('password_hash', sa.String(length=200), nullable=True),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_app_user')),
    sa.UniqueConstraint('email', name=op.f('uq_app_user_email')),
    sa.UniqueConstraint('username', name=op.f('uq_app_user_username'))
    )
    op.create_table('region',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_region')),
    sa.UniqueConstraint('name', name=op.f('uq_region_name'))
    )
    op.create_table('family_centre_area',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_family_centre_area_region_id_region')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_family_centre_area')),
    sa.UniqueConstraint('region_id', 'name', name=op.f('uq_family_centre_area_region_id_name'))
    )
    op.create_table('programme',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=60), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=True),
    sa.Column('is_synthetic', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_programme_region_id_region')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programme')),
    sa.UniqueConstraint('slug', name=op.f('uq_programme_slug'))
    )
    op.create_table('baseline',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['app_user.id'], name=op.f('fk_baseline_created_by_id_app_user')),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_baseline_programme_id_programme')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_baseline')),
    sa.UniqueConstraint('programme_id', 'name', name=op.f('uq_baseline_programme_id_name'))
    )
    op.create_table('family_centre',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('area_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=160), nullable=False),
    sa.ForeignKeyConstraint(['area_id'], ['family_centre_area.id'], name=op.f('fk_family_centre_area_id_family_centre_area')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_family_centre')),
    sa.UniqueConstraint('code', name=op.f('uq_family_centre_code'))
    )
    op.create_table('monthly_figure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('area_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('contacts_from_families', sa.Integer(), nullable=True),
    sa.Column('contacts_from_professionals', sa.Integer(), nullable=True),
    sa.Column('contacts_by_phone', sa.Integer(), nullable=True),
    sa.Column('contacts_by_form', sa.Integer(), nullable=True),
    sa.Column('network_meetings', sa.Integer(), nullable=True),
    sa.Column('days_to_network_meeting', sa.Float(), nullable=True),
    sa.Column('share_answered_in_3_days', sa.Float(), nullable=True),
    sa.Column('is_synthetic', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['area_id'], ['family_centre_area.id'], name=op.f('fk_monthly_figure_area_id_family_centre_area')),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_monthly_figure_programme_id_programme')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_monthly_figure')),
    sa.UniqueConstraint('programme_id', 'area_id', 'month', name=op.f('uq_monthly_figure_programme_id_area_id_month'))
    )
    op.create_table('municipality',
    sa.Column('code', sa.String(length=3), nullable=False),
    sa.Column('name_fi', sa.String(length=80), nullable=False),
    sa.Column('name_sv', sa.String(length=80), nullable=False),
    sa.Column('region_id', sa.Integer(), nullable=False),
    sa.Column('area_id', sa.Integer(), nullable=False),
    sa.Column('population', sa.Integer(), nullable=False),
    sa.Column('population_year', sa.Integer(), nullable=True),
    sa.Column('population_source', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['area_id'], ['family_centre_area.id'], name=op.f('fk_municipality_area_id_family_centre_area')),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_municipality_region_id_region')),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_municipality'))
    )
    op.create_table('observation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('area_id', sa.Integer(), nullable=True),
    sa.Column('observed_on', sa.Date(), nullable=False),
    sa.Column('theme', sa.String(length=80), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('is_synthetic', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['area_id'], ['family_centre_area.id'], name=op.f('fk_observation_area_id_family_centre_area')),
    sa.ForeignKeyConstraint(['created_by_id'], ['app_user.id'], name=op.f('fk_observation_created_by_id_app_user')),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_observation_programme_id_programme')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_observation'))
    )
    op.create_table('role_assignment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('admin', 'planner', 'lead', 'manager', name='role', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_role_assignment_programme_id_programme')),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_role_assignment_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_role_assignment')),
    sa.UniqueConstraint('user_id', 'programme_id', name=op.f('uq_role_assignment_user_id_programme_id'))
    )
    op.create_table('step_template',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name_fi', sa.String(length=200), nullable=False),
    sa.Column('name_sv', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('description_fi', sa.Text(), nullable=False),
    sa.Column('description_sv', sa.Text(), nullable=False),
    sa.Column('description_en', sa.Text(), nullable=False),
    sa.Column('marks_go_live', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_step_template_programme_id_programme')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_step_template')),
    sa.UniqueConstraint('programme_id', 'position', name=op.f('uq_step_template_programme_id_position'))
    )
    op.create_table('checklist_item_template',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('step_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('text_fi', sa.String(length=300), nullable=False),
    sa.Column('text_sv', sa.String(length=300), nullable=False),
    sa.Column('text_en', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['step_id'], ['step_template.id'], name=op.f('fk_checklist_item_template_step_id_step_template')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_item_template')),
    sa.UniqueConstraint('step_id', 'position', name=op.f('uq_checklist_item_template_step_id_position'))
    )
    op.create_table('lead_centre',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('family_centre_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['family_centre_id'], ['family_centre.id'], name=op.f('fk_lead_centre_family_centre_id_family_centre')),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_lead_centre_user_id_app_user')),
    sa.PrimaryKeyConstraint('user_id', 'family_centre_id', name=op.f('pk_lead_centre'))
    )
    op.create_table('rollout_unit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('family_centre_id', sa.Integer(), nullable=False),
    sa.Column('municipality_code', sa.String(length=3), nullable=False),
    sa.ForeignKeyConstraint(['family_centre_id'], ['family_centre.id'], name=op.f('fk_rollout_unit_family_centre_id_family_centre')),
    sa.ForeignKeyConstraint(['municipality_code'], ['municipality.code'], name=op.f('fk_rollout_unit_municipality_code_municipality')),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_rollout_unit_programme_id_programme')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rollout_unit')),
    sa.UniqueConstraint('programme_id', 'family_centre_id', 'municipality_code', name=op.f('uq_rollout_unit_programme_id_family_centre_id_municipality_code'))
    )
    op.create_table('change_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('actor', sa.String(length=120), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=True),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=40), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('step_id', sa.Integer(), nullable=True),
    sa.Column('field', sa.String(length=40), nullable=False),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['programme.id'], name=op.f('fk_change_event_programme_id_programme')),
    sa.ForeignKeyConstraint(['step_id'], ['step_template.id'], name=op.f('fk_change_event_step_id_step_template')),
    sa.ForeignKeyConstraint(['unit_id'], ['rollout_unit.id'], name=op.f('fk_change_event_unit_id_rollout_unit')),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_change_event_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_event'))
    )
    with op.batch_alter_table('change_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_change_event_effective_on'), ['effective_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_change_event_recorded_at'), ['recorded_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_change_event_unit_id'), ['unit_id'], unique=False)

    op.create_table('checklist_item_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('open', 'done', 'not_applicable', name='item_status', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['item_id'], ['checklist_item_template.id'], name=op.f('fk_checklist_item_state_item_id_checklist_item_template')),
    sa.ForeignKeyConstraint(['unit_id'], ['rollout_unit.id'], name=op.f('fk_checklist_item_state_unit_id_rollout_unit')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['app_user.id'], name=op.f('fk_checklist_item_state_updated_by_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_item_state')),
    sa.UniqueConstraint('unit_id', 'item_id', name=op.f('uq_checklist_item_state_unit_id_item_id'))
    )
    op.create_table('step_progress',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('step_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('not_started', 'in_progress', 'done', 'blocked', name='step_status', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('planned_start', sa.Date(), nullable=True),
    sa.Column('planned_end', sa.Date(), nullable=True),
    sa.Column('actual_start', sa.Date(), nullable=True),
    sa.Column('actual_end', sa.Date(), nullable=True),
    sa.Column('owner', sa.String(length=120), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['step_id'], ['step_template.id'], name=op.f('fk_step_progress_step_id_step_template')),
    sa.ForeignKeyConstraint(['unit_id'], ['rollout_unit.id'], name=op.f('fk_step_progress_unit_id_rollout_unit')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['app_user.id'], name=op.f('fk_step_progress_updated_by_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_step_progress')),
    sa.UniqueConstraint('unit_id', 'step_id', name=op.f('uq_step_progress_unit_id_step_id'))
    )
    op.create_table('step_sign_off',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('step_id', sa.Integer(), nullable=False),
    sa.Column('signed_by_id', sa.Integer(), nullable=False),
    sa.Column('signed_at', sa.DateTime(), nullable=False),
    sa.Column('override_reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['signed_by_id'], ['app_user.id'], name=op.f('fk_step_sign_off_signed_by_id_app_user')),
    sa.ForeignKeyConstraint(['step_id'], ['step_template.id'], name=op.f('fk_step_sign_off_step_id_step_template')),
    sa.ForeignKeyConstraint(['unit_id'], ['rollout_unit.id'], name=op.f('fk_step_sign_off_unit_id_rollout_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_step_sign_off'))
    )
    op.create_table('baseline_entry',
    sa.Column('baseline_id', sa.Integer(), nullable=False),
    sa.Column('step_progress_id', sa.Integer(), nullable=False),
    sa.Column('planned_start', sa.Date(), nullable=True),
    sa.Column('planned_end', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['baseline_id'], ['baseline.id'], name=op.f('fk_baseline_entry_baseline_id_baseline')),
    sa.ForeignKeyConstraint(['step_progress_id'], ['step_progress.id'], name=op.f('fk_baseline_entry_step_progress_id_step_progress')),
    sa.PrimaryKeyConstraint('baseline_id', 'step_progress_id', name=op.f('pk_baseline_entry'))
    )


def downgrade() -> None:
    op.drop_table('baseline_entry')
    op.drop_table('step_sign_off')
    op.drop_table('step_progress')
    op.drop_table('checklist_item_state')
    with op.batch_alter_table('change_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_change_event_unit_id'))
        batch_op.drop_index(batch_op.f('ix_change_event_recorded_at'))
        batch_op.drop_index(batch_op.f('ix_change_event_effective_on'))

    op.drop_table('change_event')
    op.drop_table('rollout_unit')
    op.drop_table('lead_centre')
    op.drop_table('checklist_item_template')
    op.drop_table('step_template')
    op.drop_table('role_assignment')
    op.drop_table('observation')
    op.drop_table('municipality')
    op.drop_table('monthly_figure')
    op.drop_table('family_centre')
    op.drop_table('baseline')
    op.drop_table('programme')
    op.drop_table('family_centre_area')
    op.drop_table('region')
    op.drop_table('app_user')
