"""Exam attempts: each mock-exam sitting, saved after every answer so it can resume.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exam_attempt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("exam_id", sa.String(length=64), nullable=False),
        sa.Column("form", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(length=32), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.Column("result", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profile.id"],
            name=op.f("fk_exam_attempt_profile_id_profile"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exam_attempt")),
    )
    op.create_index(
        "ix_exam_attempt_profile_finished",
        "exam_attempt",
        ["profile_id", "finished_at"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_exam_attempt_profile_finished", table_name="exam_attempt")
    op.drop_table("exam_attempt")
