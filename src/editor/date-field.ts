// The release date in the editor: a date picker, or a month picker for an archived release whose day is unknown
// ("2007-08" stays a month: the editor never writes a day nobody chose). A field type of the editor's own kind
// (a React component, made with the editor's own React).
export const RELEASE_DATE_FIELD = 'release-date';

const MONTH = /^\d{4}-\d{2}$/;

type H = (tag: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;
type CreateClass = (spec: Record<string, unknown>) => unknown;
interface Props {
  value?: unknown;
  forID: string;
  classNameWrapper: string;
  onChange: (value: string) => void;
}
interface Component {
  props: Props;
  state: { month: boolean };
  setState(state: { month: boolean }): void;
}

/** The value the field gets when the author says the day is unknown, or known after all. */
export function switchPrecision(value: string, monthOnly: boolean): string {
  if (monthOnly) return /^\d{4}-\d{2}/.test(value) ? value.slice(0, 7) : '';
  // Back to a full date: the author picks the day (a month alone is not a date).
  return MONTH.test(value) ? '' : value;
}

/** The field's control: the picker, and the box that says only the month is known. */
export function releaseDateControl(h: H, createClass: CreateClass, monthOnlyLabel: string): unknown {
  return createClass({
    getInitialState(this: Component) {
      return { month: MONTH.test(String(this.props.value ?? '')) };
    },
    render(this: Component) {
      const value = typeof this.props.value === 'string' ? this.props.value : '';
      const month = this.state.month;
      return h(
        'div',
        null,
        h('input', {
          id: this.props.forID,
          className: this.props.classNameWrapper,
          type: month ? 'month' : 'date',
          value,
          onChange: (e: { target: { value: string } }) => this.props.onChange(e.target.value),
        }),
        h(
          'label',
          { style: { display: 'block', marginTop: '0.5rem' } },
          h('input', {
            type: 'checkbox',
            checked: month,
            onChange: (e: { target: { checked: boolean } }) => {
              this.setState({ month: e.target.checked });
              this.props.onChange(switchPrecision(value, e.target.checked));
            },
          }),
          ` ${monthOnlyLabel}`,
        ),
      );
    },
  });
}
