import { Dialog } from './Dialog';
import { useI18n } from '../i18n/I18nContext';

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint: string;
}

/**
 * An action that would throw work away or do it twice asks which way to go: a few choices, each with
 * what it does, the first (the safe one) focused so Enter takes it, Escape or Huỷ doing nothing.
 */
export function ChoiceDialog<T extends string>({
  title,
  intro,
  choices,
  onChoose,
  onClose,
}: {
  title: string;
  intro: string;
  choices: readonly Choice<T>[];
  onChoose: (value: T) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Dialog title={title} onClose={onClose}>
      <p>{intro}</p>
      <div className="choice-list">
        {choices.map((c, i) => (
          <ChoiceRow key={c.value} choice={c} first={i === 0} onChoose={onChoose} />
        ))}
      </div>
      <div className="actions dialog-actions">
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}

function ChoiceRow<T extends string>({ choice, first, onChoose }: { choice: Choice<T>; first: boolean; onChoose: (value: T) => void }) {
  return (
    <>
      <button type="button" className={first ? 'primary' : undefined} data-autofocus={first ? '' : undefined} onClick={() => onChoose(choice.value)}>
        {choice.label}
      </button>
      <p className="hint">{choice.hint}</p>
    </>
  );
}
