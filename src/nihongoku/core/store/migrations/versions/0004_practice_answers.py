"""Practice answers: every quiz question a learner answered, by family, for the dashboard.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "practice_answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(length=160), nullable=False),
        sa.Column("family", sa.String(length=32), nullable=False),
        sa.Column("level", sa.String(length=8), nullable=False),
        sa.Column("tested", sa.String(length=800), nullable=False),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profile.id"],
            name=op.f("fk_practice_answer_profile_id_profile"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice_answer")),
    )
    op.create_index(
        "ix_practice_answer_profile_family",
        "practice_answer",
        ["profile_id", "family"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_practice_answer_profile_family", table_name="practice_answer")
    op.drop_table("practice_answer")
